package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/message"
)

// mostWarnings is how many warnings an export prints before it counts the
// rest.
const mostWarnings = 20

// warn prints an export's warnings to stderr in lang, the first
// mostWarnings of them and then how many more there are.
func warn(stderr io.Writer, ws []string, lang message.Lang) {
	for i, w := range ws {
		if i == mostWarnings {
			fmt.Fprintln(stderr, "paiban:", message.New(moreWarnings, len(ws)-mostWarnings).In(lang))
			break
		}
		fmt.Fprintln(stderr, "paiban:", message.New(warning, w).In(lang))
	}
}

// exportFailed is the error of an export, with the way out when only
// characters no font has stopped it.
func exportFailed(err error) error {
	var missing *export.MissingError
	if errors.As(err, &missing) {
		return errors.Join(err, message.New(allowMissing))
	}
	return err
}
