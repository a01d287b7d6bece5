package atomicfile

import (
	"os"
	"os/signal"
	"syscall"
)

// RemoveOnSignals makes an interrupt (Ctrl+C), SIGTERM or SIGHUP remove the
// temporary files of the writes under way, then end the process with the
// status a shell expects (128 + the signal's number). The files being
// written keep their old contents. Call it once, from main.
func RemoveOnSignals() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		sig := <-ch
		RemovePending()
		status := 1
		if s, ok := sig.(syscall.Signal); ok {
			status = 128 + int(s)
		}
		os.Exit(status)
	}()
}
