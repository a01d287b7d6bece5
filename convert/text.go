package convert

import (
	"fmt"
	"sync"

	"github.com/longbridgeapp/opencc"
)

// converter is one OpenCC configuration, built on first use: building the
// dictionaries of a Simplified→Traditional configuration takes some 100 ms.
type converter struct {
	once sync.Once
	cc   *opencc.OpenCC
	err  error
	// mu serialises Convert, which the port does not promise is safe for
	// concurrent use.
	mu sync.Mutex
}

var converters = func() map[Config]*converter {
	m := map[Config]*converter{}
	for _, c := range Configs() {
		m[c] = &converter{}
	}
	return m
}()

// Text converts a piece of text, such as the editor's selection. Characters
// outside the dictionaries, Markdown and Latin letters included, come out
// as they went in, and so do line ends.
func Text(c Config, s string) (string, error) {
	cv, ok := converters[c]
	if !ok {
		return "", fmt.Errorf("converting: unknown conversion %q", c)
	}
	cv.once.Do(func() {
		cv.cc, cv.err = opencc.New(string(c))
	})
	if cv.err != nil {
		return "", fmt.Errorf("loading the %s dictionaries: %w", c, cv.err)
	}
	cv.mu.Lock()
	defer cv.mu.Unlock()
	out, err := cv.cc.Convert(s)
	if err != nil {
		return "", fmt.Errorf("converting (%s): %w", c, err)
	}
	return out, nil
}
