// Command paiban (排版) typesets Chinese news articles as print-ready PDFs.
// With arguments it is a command line (see package cli); without, it opens
// the editor.
package main

import (
	"os"

	"github.com/paiban/paiban/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
}
