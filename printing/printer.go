package printing

import (
	"fmt"

	"github.com/paiban/paiban/message"
)

// State is what a printer is doing, as far as the system says.
type State int

// The states a Printer is in. Only Idle and Printing take jobs at once;
// CUPS keeps a Stopped printer's jobs until it is enabled again, and
// Windows an Offline one's until it is back.
const (
	Idle State = iota
	Printing
	Stopped
	Offline
)

// Printer is one printer (a CUPS destination or a Windows printer) as the
// system lists it.
type Printer struct {
	// Name is the name the system knows it by, which Options.Printer takes.
	Name string
	// Default is set on the system's (or the user's) default printer.
	Default bool
	State   State
	// Accepting is false when the printer refuses new jobs (CUPS's
	// cupsreject).
	Accepting bool
	// Reason is the system's words for a stopped or offline printer, when
	// it gave any; "" otherwise.
	Reason string
}

// Ready reports whether a job sent now would be printed, not held.
func (p Printer) Ready() bool { return p.Accepting && (p.State == Idle || p.State == Printing) }

// DefaultOf is the default printer among ps, or the only one when there is
// just one; ok is false when there is none to choose.
func DefaultOf(ps []Printer) (p Printer, ok bool) {
	for _, p := range ps {
		if p.Default {
			return p, true
		}
	}
	if len(ps) == 1 {
		return ps[0], true
	}
	return Printer{}, false
}

// Find is the printer named name among ps.
func Find(ps []Printer, name string) (Printer, bool) {
	for _, p := range ps {
		if p.Name == name {
			return p, true
		}
	}
	return Printer{}, false
}

// The words for a printer's state, in the printer list of the command
// line and the print dialog.
var (
	stateIdle      = message.Text{"idle", "閒置", "空闲"}
	statePrinting  = message.Text{"printing", "列印中", "正在打印"}
	stateStopped   = message.Text{"stopped", "已停用", "已停用"}
	stateOffline   = message.Text{"offline", "離線", "离线"}
	stateRejecting = message.Text{"not accepting jobs", "不接受列印工作", "不接受打印任务"}
	stateDefault   = message.Text{"default", "預設", "默认"}
	listSep        = message.Text{", %s", "，%s", "，%s"}
)

// Describe words the printer's state in l, the default marked and the
// system's reason added: "idle, default", "已停用（paper jam）".
func (p Printer) Describe(l message.Lang) string {
	var s string
	switch {
	case p.State == Stopped:
		s = stateStopped.In(l)
	case p.State == Offline:
		s = stateOffline.In(l)
	case !p.Accepting:
		s = stateRejecting.In(l)
	case p.State == Printing:
		s = statePrinting.In(l)
	default:
		s = stateIdle.In(l)
	}
	if p.Reason != "" {
		s += message.New(reasonSep, p.Reason).In(l)
	}
	if p.Default {
		s += fmt.Sprintf(listSep.In(l), stateDefault.In(l))
	}
	return s
}
