package article

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/message"
)

// MaxLinkLength is the longest link address, in bytes once encoded, that
// becomes a live link: far beyond any real address, short enough that no
// article can fill a PDF with one.
const MaxLinkLength = 2000

// LinkError says why a link's address does not become a live link; the
// link's text is printed all the same.
type LinkError struct {
	Dest   string // the address as written
	Reason string // in English
	why    *message.Error
}

func (e *LinkError) Error() string { return e.In(message.En) }

// In implements message.Localized.
func (e *LinkError) In(l message.Lang) string {
	why := e.Reason
	if e.why != nil {
		why = e.why.In(l)
	}
	return fmt.Sprintf(lPlainText.In(l), quoteDest(e.Dest), why)
}

// CheckLink is the rule for link addresses, the one place it lives: the
// reader applies it to every link and autolink, and the layout again to
// whatever article it is given. It returns the address to put in the PDF,
// or a *LinkError when the link must be printed as its text only:
//
//   - only http and https addresses with a host, mailto: with an address
//     and tel: with a number are links; javascript:, vbscript:, data:,
//     file: and every other scheme are not;
//   - a relative address (page.html, /path, #part, www.example.com) has
//     nothing to be resolved against in a printed article;
//   - an address longer than MaxLinkLength bytes is refused.
//
// The address is trimmed, and characters that a PDF's URI (7-bit ASCII)
// cannot hold — non-ASCII, spaces, control characters — are
// percent-encoded (UTF-8), so CheckLink of its own result returns it
// unchanged.
func CheckLink(dest string) (string, error) {
	uri := encodeURI(strings.TrimSpace(dest))
	fail := func(t message.Text, args ...any) (string, error) {
		why := message.New(t, args...)
		return "", &LinkError{Dest: dest, Reason: why.Error(), why: why}
	}
	if uri == "" {
		return fail(lEmpty)
	}
	if len(uri) > MaxLinkLength {
		return fail(lTooLong, len(uri), MaxLinkLength)
	}
	scheme, rest, ok := splitScheme(uri)
	if !ok {
		return fail(lRelative)
	}
	switch strings.ToLower(scheme) {
	case "http", "https":
		u, err := url.Parse(uri)
		if err != nil || u.Host == "" || !strings.HasPrefix(rest, "//") {
			return fail(lNoHost)
		}
	case "mailto":
		if strings.Trim(rest, "/") == "" {
			return fail(lNoMail)
		}
	case "tel":
		if !isPhone(rest) {
			return fail(lNotPhone)
		}
	default:
		return fail(lSchemeRefused, scheme)
	}
	return uri, nil
}

// splitScheme splits "scheme:rest"; a scheme is a letter followed by
// letters, digits, "+", "-" or ".".
func splitScheme(uri string) (scheme, rest string, ok bool) {
	i := strings.IndexByte(uri, ':')
	if i < 1 {
		return "", "", false
	}
	for j := 0; j < i; j++ {
		c := uri[j]
		letter := 'a' <= c|0x20 && c|0x20 <= 'z'
		if !letter && (j == 0 || !('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return "", "", false
		}
	}
	return uri[:i], uri[i+1:], true
}

// isPhone reports whether s is a telephone number as tel: addresses write
// them: digits with visual separators, and parameters such as ;ext=12.
func isPhone(s string) bool {
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			digits++
		case strings.IndexByte("+-.()*#;=,%", c) >= 0, 'a' <= c|0x20 && c|0x20 <= 'z':
		default:
			return false
		}
	}
	return digits > 0
}

// encodeURI percent-encodes what a PDF URI cannot hold: bytes outside
// printable ASCII and the space.
func encodeURI(s string) string {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f {
			n++
		}
	}
	if n == 0 {
		return s
	}
	const hex = "0123456789ABCDEF"
	b := make([]byte, 0, len(s)+2*n)
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f {
			b = append(b, '%', hex[c>>4], hex[c&15])
		} else {
			b = append(b, c)
		}
	}
	return string(b)
}

// quoteDest quotes an address for a message, cut short when long.
func quoteDest(s string) string {
	const most = 60
	if utf8.RuneCountInString(s) <= most {
		return fmt.Sprintf("%q", s)
	}
	i, n := 0, 0
	for i = range s {
		if n == most {
			break
		}
		n++
	}
	return fmt.Sprintf("%q…", s[:i])
}
