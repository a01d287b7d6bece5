package layout

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

// cancelling counts glyph lookups and cancels its context at the n-th.
type cancelling struct {
	fakeFonts
	n      int
	cancel context.CancelFunc
}

// Identity is the fake fonts': the same faces, so the cache stays.
func (c *cancelling) Identity() string { return fmt.Sprintf("%T", c.fakeFonts) }

func (c *cancelling) Glyph(r rune, bold bool) (string, int32, bool) {
	if c.n--; c.n == 0 {
		c.cancel()
	}
	return c.fakeFonts.Glyph(r, bold)
}

// A layout whose context is done stops between blocks and returns the
// context's error; the cache keeps what the last whole layout set, so the
// next layout is as good as a fresh one.
func TestLayoutContextCancelled(t *testing.T) {
	paras := make([]string, 200)
	for i := range paras {
		paras[i] = sample
	}
	a := doc("標題", paras...)
	cache := &Cache{}
	o := Options{Cache: cache}
	whole, err := LayoutContext(context.Background(), a, fakeFonts{}, o)
	if err != nil || whole == nil {
		t.Fatalf("a whole layout: %v", err)
	}
	kept := len(cache.entries)

	ctx, cancel := context.WithCancel(context.Background())
	fonts := &cancelling{n: 3, cancel: cancel}
	// A change that the cache cannot serve, so that glyphs are looked up.
	b := doc("標題", append([]string{"新的第一段。"}, paras...)...)
	got, err := LayoutContext(ctx, b, fonts, o)
	if !errors.Is(err, context.Canceled) || got != nil {
		t.Fatalf("cancelled: %v, document %v", err, got != nil)
	}
	if len(cache.entries) < kept {
		t.Errorf("the cancelled layout dropped cached paragraphs: %d of %d left", len(cache.entries), kept)
	}
	again, err := LayoutContext(context.Background(), a, fakeFonts{}, o)
	if err != nil || len(again.Pages) != len(whole.Pages) {
		t.Fatalf("after the cancelled layout: %v, %d pages, want %d", err, len(again.Pages), len(whole.Pages))
	}
}
