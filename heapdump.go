//go:build heapdump

package main

import (
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"syscall"
)

// A build with -tags heapdump writes a heap profile to $PAIBAN_HEAPDUMP
// (default paiban-heap.pprof) each time the process gets SIGUSR1: how the
// editor's memory was measured (docs/performance.md). Shipping builds
// leave it out.
func init() {
	out := os.Getenv("PAIBAN_HEAPDUMP")
	if out == "" {
		out = "paiban-heap.pprof"
	}
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1)
	go func() {
		for range c {
			runtime.GC()
			if f, err := os.Create(out); err == nil {
				pprof.WriteHeapProfile(f)
				f.Close()
			}
		}
	}()
}
