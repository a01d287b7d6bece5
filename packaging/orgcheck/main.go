// Command orgcheck reads an organisation's defaults file as an
// organisation build would (package orgdefaults) and prints its short
// name, which scripts/dist.sh puts into the package files' names. It
// fails, naming the file and line, when the file has a mistake or no
// short_name, in the locale's language.
//
//	go run ./packaging/orgcheck FILE.yaml
package main

import (
	"fmt"
	"os"

	"github.com/paiban/paiban/message"
	"github.com/paiban/paiban/orgdefaults"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: orgcheck FILE.yaml")
		os.Exit(2)
	}
	name, err := shortName(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "orgcheck:", message.In(err, message.FromEnv()))
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
		return "", message.New(noShortName, path)
	}
	return d.ShortName, nil
}

var noShortName = message.Text{
	`%s: an organisation build needs "short_name: …" (lower-case letters, digits, hyphens), for its package names`,
	"%s：機構版需要「short_name: …」（小寫英文字母、數字、連字號），用於安裝檔的檔名",
	"%s：机构版需要“short_name: …”（小写英文字母、数字、连字符），用于安装包的文件名",
}
