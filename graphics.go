package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"sync"

	"github.com/paiban/paiban/message"
)

// windowFailed is what Fyne logs when the graphics driver cannot give the
// window an OpenGL 2.1 context (a virtual machine without 3D acceleration,
// some Remote Desktop sessions, old drivers): fyne.LogError's line, the
// only sign of it Fyne gives. Fyne then opens no window and does not exit.
const windowFailed = "window creation error"

// noGraphics is the explanation given instead.
var noGraphics = message.Text{
	"the window cannot be opened: the graphics driver offers no OpenGL 2.1 (%s). " +
		"Install the graphics vendor's driver; in a virtual machine turn on 3D acceleration. " +
		"The command line (paiban export, print, check) works without it.",
	"無法開啟視窗：顯示卡驅動程式不支援 OpenGL 2.1（%s）。請安裝顯示卡廠商的驅動程式；" +
		"虛擬機器請開啟 3D 加速。命令列（paiban export、print、check）不需要它。",
	"无法打开窗口：显卡驱动程序不支持 OpenGL 2.1（%s）。请安装显卡厂商的驱动程序；" +
		"虚拟机请开启 3D 加速。命令行（paiban export、print、check）不需要它。",
}

// watchGraphics makes the editor give up with a clear message when Fyne
// cannot open its window, instead of staying in memory with none: it reads
// the standard logger's lines (where Fyne writes), passing them on to
// out, and on windowFailed tells the user through tell and exits with
// status 1.
func watchGraphics(out io.Writer, lang message.Lang, tell func(string), exit func(int)) {
	log.SetOutput(&graphicsWatch{out: out, lang: lang, tell: tell, exit: exit})
}

// graphicsWatch is the logger's writer of watchGraphics. Fyne's error is
// two lines, the reason and then its cause; the cause is kept for the
// message.
type graphicsWatch struct {
	mu      sync.Mutex
	out     io.Writer
	lang    message.Lang
	tell    func(string)
	exit    func(int)
	failing bool
}

func (g *graphicsWatch) Write(p []byte) (int, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	n, err := g.out.Write(p)
	switch {
	case bytes.Contains(p, []byte(windowFailed)):
		g.failing = true
	case g.failing:
		cause := "OpenGL"
		if i := bytes.Index(p, []byte("Cause:")); i >= 0 {
			cause = string(bytes.TrimSpace(p[i+len("Cause:"):]))
		}
		g.tell(message.New(noGraphics, cause).In(g.lang))
		g.exit(1)
	}
	return n, err
}

// tellStderr writes a message for the user to standard error, where a
// program started from a terminal or a desktop entry's log shows it.
func tellStderr(s string) { fmt.Fprintln(os.Stderr, "paiban:", s) }
