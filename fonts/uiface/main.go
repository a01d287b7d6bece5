// Command uiface cuts a Noto Sans Regular face down to the characters the
// editor's interface and body text need in one writing system, for
// embedding beside the faces that print (see fonts/README.md):
//
//	go run ./fonts/uiface TC NotoSansTC_400Regular.ttf fonts/NotoSansTC-Regular-Big5.ttf
//	go run ./fonts/uiface SC NotoSansSC_400Regular.ttf fonts/NotoSansSC-Regular-GB2312.ttf
//
// The characters kept are those of fonts.InterfaceCharacters. The output
// is the same for the same input, byte for byte, so that fonts/fetch.sh
// can check it against SHA256SUMS.
package main

import (
	"fmt"
	"os"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/atomicfile"
)

func main() {
	if len(os.Args) != 4 || (os.Args[1] != "TC" && os.Args[1] != "SC") {
		fmt.Fprintln(os.Stderr, "usage: uiface TC|SC SOURCE.ttf OUT.ttf")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2], os.Args[3]); err != nil {
		fmt.Fprintln(os.Stderr, "uiface:", err)
		os.Exit(1)
	}
}

func run(script, src, out string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	face, err := fonts.Parse(script, data)
	if err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	cut, err := face.Subset(fonts.InterfaceCharacters(script == "SC"))
	if err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	return atomicfile.WriteFile(out, cut, 0o644)
}
