// Package ticker runs a function on a UI's goroutine at a steady period:
// the body's blinking cursor, a drag held past the body's edge, a bulletin
// window following the files of its articles.
package ticker

import "time"

// Every hands tick to post every period, from a goroutine of its own,
// until the channel it returns is closed. post runs a function on the
// goroutine that owns what tick touches (fyne.Do).
func Every(period time.Duration, post func(func()), tick func()) chan struct{} {
	stop := make(chan struct{})
	go func() {
		t := time.NewTicker(period)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				post(tick)
			}
		}
	}()
	return stop
}
