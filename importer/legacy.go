package importer

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/paiban/paiban/internal/userfile"
	"github.com/paiban/paiban/message"
)

// sofficeTime bounds LibreOffice's conversion of one .doc.
const sofficeTime = 2 * time.Minute

// readDoc reads a Word 97 .doc by having LibreOffice convert it to .docx
// in a temporary folder (the user's file is only read).
func readDoc(path string, opt Options) (*document, error) {
	data, err := userfile.Read(path, "document", maxDocx)
	if err != nil {
		return nil, err
	}
	soffice := ""
	for _, name := range []string{"soffice", "libreoffice", "soffice.exe"} {
		if p, err := exec.LookPath(name); err == nil {
			soffice = p
			break
		}
	}
	if soffice == "" {
		return nil, message.New(noSoffice)
	}
	tmp, err := os.MkdirTemp("", "paiban-doc-")
	if err != nil {
		return nil, fmt.Errorf("converting the .doc: %w", err)
	}
	defer os.RemoveAll(tmp)
	// A copy under a plain name: LibreOffice names its output after its input.
	in := filepath.Join(tmp, "in.doc")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, fmt.Errorf("converting the .doc: %w", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), sofficeTime)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "--headless", "--norestore", "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(tmp, "profile")),
		"--convert-to", "docx", "--outdir", tmp, in)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return nil, message.New(sofficeFailed, err, strings.TrimSpace(out.String()))
	}
	docx, err := userfile.Read(filepath.Join(tmp, "in.docx"), "document", maxDocx)
	if err != nil {
		return nil, message.New(sofficeFailed, err, strings.TrimSpace(out.String()))
	}
	return readDocx(docx, opt)
}

var (
	noSoffice = message.Text{
		"a Word 97 .doc needs LibreOffice to be read: install it (Debian and Ubuntu: sudo apt install libreoffice-writer) or save the document as .docx in Word or WPS",
		"讀取 Word 97 的 .doc 需要 LibreOffice：請安裝（Debian 與 Ubuntu：sudo apt install libreoffice-writer），或在 Word 或 WPS 中另存為 .docx",
		"读取 Word 97 的 .doc 需要 LibreOffice：请安装（Debian 和 Ubuntu：sudo apt install libreoffice-writer），或在 Word 或 WPS 中另存为 .docx",
	}
	sofficeFailed = message.Text{
		"LibreOffice could not convert the .doc to .docx (%s): %s",
		"LibreOffice 無法把 .doc 轉成 .docx（%s）：%s",
		"LibreOffice 无法把 .doc 转成 .docx（%s）：%s",
	}
)
