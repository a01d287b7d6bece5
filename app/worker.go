package app

import (
	"context"
	"sync"
	"time"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/proof"
)

// preview is one finished layout, whose pages the page view draws as it
// shows them (previewPane, pageRenderer).
type preview struct {
	gen uint64
	// version is the request's: which state of the text this is a layout
	// of (Editor.version).
	version uint64
	job     *export.Job
	doc     *layout.Document
	// findings are what the proofreader marks (package proof), with
	// messages in the request's language and spans in job.Article.Source.
	findings []proof.Finding
	err      error // the article could not be read (front matter)
	elapsed  time.Duration
}

// request asks for a layout of src.
type request struct {
	version  uint64
	src      []byte
	settings export.Settings
	dir      string // where the article's images are
	locale   proof.Locale
}

// worker lays articles out off the UI goroutine.
// Requests made while typing are debounced; every result carries the
// generation of its request, and deliver is only called with the newest:
// a stale layout is dropped, never shown over a newer one.
//
// Its methods are safe for concurrent use; deliver is called on a worker
// goroutine (the window hands it to fyne.Do).
type worker struct {
	lib     *fonts.Library
	delay   time.Duration
	deliver func(preview)

	cache   layout.Cache      // paragraphs of the article being edited
	figures export.ImageCache // its figures, decoded and scaled for the preview

	mu    sync.Mutex
	gen   uint64
	timer *time.Timer
	// waiting is the request being laid out or waiting out its delay,
	// until its layout is delivered.
	waiting *request
	// cancel stops the layout under way, which a newer request makes
	// stale: the layout of a long article need not run to its end first.
	cancel context.CancelFunc
	run    sync.Mutex
}

func newWorker(lib *fonts.Library, delay time.Duration, deliver func(preview)) *worker {
	return &worker{lib: lib, delay: delay, deliver: deliver}
}

// Request lays src out after the debounce delay, unless another request
// comes first.
func (w *worker) Request(r request) {
	w.mu.Lock()
	gen := w.next()
	w.waiting = &r
	w.timer = time.AfterFunc(w.delay, func() { w.layout(gen, r) })
	w.mu.Unlock()
}

// next starts a new generation, cancelling a request still waiting out its
// delay and the layout under way; w.mu must be held.
func (w *worker) next() uint64 {
	w.gen++
	if w.timer != nil {
		w.timer.Stop()
	}
	if w.cancel != nil {
		w.cancel()
		w.cancel = nil
	}
	return w.gen
}

// Now lays src out at once (a new file, a size change).
func (w *worker) Now(r request) {
	w.mu.Lock()
	gen := w.next()
	w.waiting = &r
	w.mu.Unlock()
	go w.layout(gen, r)
}

func (w *worker) current(gen uint64) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return gen == w.gen
}

func (w *worker) layout(gen uint64, r request) {
	w.run.Lock() // one layout at a time: a burst of requests queues, not piles up
	defer w.run.Unlock()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w.mu.Lock()
	if gen != w.gen {
		w.mu.Unlock()
		return
	}
	w.cancel = cancel
	w.mu.Unlock()
	start := time.Now()
	p := preview{gen: gen, version: r.version}
	a, err := article.Parse(r.src)
	if err != nil {
		p.err = err
		w.finish(p)
		return
	}
	p.job = &export.Job{Article: a, Path: "", Dir: r.dir, Fonts: w.lib, Cache: &w.cache}
	// The proofreader asks of each character the fonts the layout prints
	// it with: the user's own and the installed ones included.
	p.findings = proof.Check(a, proof.Options{Locale: r.locale, Fonts: p.job.Chain(r.settings)})
	if p.doc, err = p.job.LayoutContext(ctx, r.settings); err != nil || !w.current(gen) {
		return // a newer request came
	}
	p.elapsed = time.Since(start)
	w.finish(p)
}

func (w *worker) finish(p preview) {
	w.mu.Lock()
	if p.gen != w.gen {
		w.mu.Unlock()
		return
	}
	w.waiting = nil
	w.mu.Unlock()
	w.deliver(p)
}
