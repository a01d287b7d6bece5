// Command orgcheck reads an organisation's defaults file as an
// organisation build would (package orgdefaults) and prints its short
// name, which scripts/dist.sh puts into the package files' names. It
// fails, naming the file and line, when the file has a mistake or no
// short_name.
//
//	go run ./packaging/orgcheck FILE.yaml
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/paiban/paiban/orgdefaults"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: orgcheck FILE.yaml")
		os.Exit(2)
	}
	name, err := shortName(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "orgcheck:", err)
		os.Exit(1)
	}
	fmt.Println(name)
}

// shortName loads the defaults file at path and returns its short name.
func shortName(path string) (string, error) {
	d, err := orgdefaults.Load(path)
	if err != nil {
		return "", err
	}
	if d.ShortName == "" {
		return "", errors.New(path + `: an organisation build needs "short_name: …" (lower-case letters, digits, hyphens), for its package names`)
	}
	return d.ShortName, nil
}
