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
// (default paiban-heap.pprof) each time the process gets SIGUSR1, and
// starts or stops a CPU profile into $PAIBAN_HEAPDUMP.cpu at each SIGUSR2:
// how the editor's memory and time were measured (docs/performance.md).
// Shipping builds leave it out.
func init() {
	out := os.Getenv("PAIBAN_HEAPDUMP")
	if out == "" {
		out = "paiban-heap.pprof"
	}
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1)
	cpu := make(chan os.Signal, 1)
	signal.Notify(cpu, syscall.SIGUSR2)
	go func() {
		var f *os.File
		for range cpu {
			if f != nil {
				pprof.StopCPUProfile()
				f.Close()
				f = nil
				continue
			}
			if g, err := os.Create(out + ".cpu"); err == nil && pprof.StartCPUProfile(g) == nil {
				f = g
			}
		}
	}()
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
