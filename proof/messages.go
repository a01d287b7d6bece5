package proof

import "fmt"

// text is a message in the three interface languages — English, 繁體,
// 简体 — each a fmt format taking the same arguments.
type text [3]string

// in formats the message in locale l (English for an unknown locale).
func (t text) in(l Locale, args ...any) string {
	i := 0
	switch l {
	case TraditionalChinese:
		i = 1
	case SimplifiedChinese:
		i = 2
	}
	return fmt.Sprintf(t[i], args...)
}
