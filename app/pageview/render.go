package pageview

import (
	"context"
	"image"
	"slices"
)

// picture is a drawn page: of document gen, at dpi. img is nil when the
// RenderFunc gave none (it is not asked again for this document and dpi).
type picture struct {
	img image.Image
	gen uint64
	dpi float64
}

// renderJob is the one render under way.
type renderJob struct {
	page   int
	gen    uint64
	dpi    float64
	ctx    context.Context
	cancel context.CancelFunc
}

// fresh reports whether p is of the document shown at the resolution in
// use.
func (v *View) fresh(p *picture) bool {
	return p != nil && p.gen == v.gen && p.dpi == v.dpi()
}

// wanted returns the pages to draw, most wanted first: those in view, the
// one filling most of it first, then the next page in the direction of
// scrolling.
func (v *View) wanted() []int {
	first, last := v.VisiblePages()
	if last < first || v.render == nil || v.viewSize().Width <= 0 {
		return nil
	}
	y0 := v.scroll.Offset.Y
	y1 := y0 + v.viewSize().Height
	pages := make([]int, 0, last-first+2)
	for i := first; i <= last; i++ {
		pages = append(pages, i)
	}
	slices.SortStableFunc(pages, func(a, b int) int {
		ha, hb := v.geo.shown(a, y0, y1), v.geo.shown(b, y0, y1)
		switch {
		case ha > hb:
			return -1
		case ha < hb:
			return 1
		}
		return 0
	})
	ahead := last + 1
	if v.dir < 0 {
		ahead = first - 1
	}
	if ahead >= 0 && ahead < v.geo.pages {
		pages = append(pages, ahead)
	}
	return pages
}

// schedule starts drawing the most wanted page that has no fresh picture,
// unless a render is under way: one that is still wanted runs on, one that
// is not is cancelled, and the next starts when it is done.
func (v *View) schedule() {
	want := v.wanted()
	if j := v.running; j != nil {
		if j.gen != v.gen || j.dpi != v.dpi() || !slices.Contains(want, j.page) {
			j.cancel()
		}
		return
	}
	for _, page := range want {
		if !v.fresh(v.pics[page]) {
			v.start(page)
			return
		}
	}
}

// start draws page on a goroutine; the result comes back through v.post.
func (v *View) start(page int) {
	ctx, cancel := context.WithCancel(context.Background())
	j := &renderJob{page: page, gen: v.gen, dpi: v.dpi(), ctx: ctx, cancel: cancel}
	v.running = j
	render, post := v.render, v.post
	go func() {
		img, _ := render(ctx, j.page, j.dpi)
		post(func() { v.finished(j, img) })
	}()
}

// finished takes a render's result on Fyne's goroutine: it keeps the
// picture if it is still of the document and resolution shown, and starts
// the next render.
func (v *View) finished(j *renderJob, img image.Image) {
	cancelled := j.ctx.Err() != nil
	j.cancel()
	if v.running == j {
		v.running = nil
	}
	// A render cancelled may have stopped short: only a picture it
	// finished counts (a failure would keep its page from being asked
	// for again).
	if j.gen == v.gen && j.dpi == v.dpi() && j.page < v.geo.pages && !(cancelled && img == nil) {
		p := &picture{img: img, gen: j.gen, dpi: j.dpi}
		if old := v.pics[j.page]; img == nil && old != nil {
			// No picture: the page is not asked for again, and what
			// was shown of it stays rather than a blank.
			p.img = old.img
		}
		v.pics[j.page] = p
		v.evict()
		v.surface.update()
	}
	v.schedule()
}

// evict drops pictures beyond maxPictures, the farthest from the page in
// view first; pages wanted now are kept.
func (v *View) evict() {
	if len(v.pics) <= v.maxPictures {
		return
	}
	want := v.wanted()
	cur := v.CurrentPage()
	far := make([]int, 0, len(v.pics))
	for page := range v.pics {
		if !slices.Contains(want, page) {
			far = append(far, page)
		}
	}
	slices.SortFunc(far, func(a, b int) int { return dist(b, cur) - dist(a, cur) })
	for _, page := range far {
		if len(v.pics) <= v.maxPictures {
			break
		}
		delete(v.pics, page)
	}
}

func dist(a, b int) int {
	if a > b {
		return a - b
	}
	return b - a
}
