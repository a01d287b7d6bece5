package ticker

import (
	"testing"
	"time"
)

// Ticks come through post, run where post runs them, and stop coming once
// the channel is closed.
func TestEveryStops(t *testing.T) {
	posts := make(chan func(), 10000)
	n := 0
	stop := Every(time.Millisecond, func(f func()) { posts <- f }, func() { n++ })
	for range 3 {
		select {
		case f := <-posts:
			f()
		case <-time.After(2 * time.Second):
			t.Fatal("no tick in 2 s")
		}
	}
	close(stop)
	time.Sleep(20 * time.Millisecond) // a tick taken as the stop came
	before := len(posts)
	time.Sleep(30 * time.Millisecond)
	if n != 3 || len(posts) != before {
		t.Errorf("%d ticks run (want 3); %d posted after the stop", n, len(posts)-before)
	}
}
