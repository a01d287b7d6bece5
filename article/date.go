package article

import (
	"strings"
	"time"

	"github.com/paiban/paiban/message"
)

// dateLayouts are the accepted spellings of the front matter date, tried in
// order. Go's "1" and "2" accept one or two digits, so 2018-1-5 is fine too.
var dateLayouts = []struct {
	layout  string
	hasTime bool
}{
	{"2006-1-2 15:04", true},
	{"2006-1-2T15:04", true},
	{"2006-1-2 15:04:05", true},
	{"2006-1-2T15:04:05", true},
	{"2006-1-2", false},
	{"2006/1/2 15:04", true},
	{"2006/1/2", false},
	{"2006年1月2日 15:04", true},
	{"2006年1月2日", false},
}

// articleZone is the time zone front matter dates are read in: China
// Standard Time (UTC+8), the same for Taipei, Hong Kong and Shanghai. Using a
// fixed zone keeps parsing independent of the machine's local time zone.
func articleZone() *time.Location { return time.FixedZone("CST", 8*3600) }

// parseDate reads a front matter date such as "2018-10-12 09:53" or
// "2018-10-12"; hasTime tells whether a time of day was given.
func parseDate(s string) (t time.Time, hasTime bool, err error) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.ParseInLocation(l.layout, s, articleZone()); err == nil {
			return t, l.hasTime, nil
		}
	}
	return time.Time{}, false, message.New(fmNotDate, s)
}
