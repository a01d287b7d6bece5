package app

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/internal/atomicfile"
	"github.com/paiban/paiban/internal/filelock"
	"github.com/paiban/paiban/internal/userfile"
)

// maxRecoveryFile bounds what is read of a recovery copy: an article of
// article.MaxFile bytes, escaped into JSON, with room to spare.
const maxRecoveryFile = 8 * article.MaxFile

// autosaveEvery is how often an article's unsaved changes are copied to
// its recovery file (only when they changed since the last copy).
const autosaveEvery = 5 * time.Second

// The recovery folder keeps a copy of every open article with unsaved
// changes, so that a crash, a killed process or a power cut loses at most
// the last few seconds. Each editor window has its own copy, KEY.json,
// and holds a lock on KEY.lock while it runs (see package filelock): the
// system drops the lock when the process ends however it ends, so a copy
// whose lock can be taken belongs to no running editor and is offered back
// at the next start. A copy is removed when its article is saved or its
// changes deliberately discarded, never by another window. The files are
// written atomically and are plain data, free of Fyne.
type recoveryStore struct {
	dir string // "" disables recovery
}

// recovered is what a recovery file holds.
type recovered struct {
	Path     string    `json:"path"` // the article's own file, absolute; "" if never saved
	Saved    time.Time `json:"saved"`
	Markdown string    `json:"markdown"`
	// Disk is the article's file as it was opened or last saved, so that
	// saving the restored article still notices a change made on disk.
	Disk *diskRecord `json:"disk,omitempty"`
}

// rescue is one window's recovery copy. The zero value keeps nothing. Its
// methods may be called from any goroutine: the periodic copy is written
// off the UI goroutine (see saveLater).
type rescue struct {
	store recoveryStore
	key   string // the copy's file name without extension

	mu    sync.Mutex
	lock  *filelock.Lock // held from the first copy until clear
	last  string         // the Markdown last copied
	saved time.Time      // when what was copied last was taken
	epoch uint64         // counts clears: a copy taken before one is not written
}

// entry makes the recovery copy for an article at path ("" for an
// untitled one). Its key starts with a digest of the path, so that the
// copies of one article can be told apart from others at a glance, and
// ends with a random part, so that two windows never share a copy.
func (s recoveryStore) entry(path string) *rescue {
	var id [6]byte
	rand.Read(id[:])
	key := "untitled"
	if path != "" {
		sum := sha256.Sum256([]byte(path))
		key = hex.EncodeToString(sum[:8])
	}
	return &rescue{store: s, key: key + "-" + hex.EncodeToString(id[:])}
}

func (s recoveryStore) file(key, ext string) string { return filepath.Join(s.dir, key+ext) }

// save copies c, unless it holds what was copied last or is older than it.
func (r *rescue) save(c recovered) error {
	if r == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.saveLocked(c)
}

// saveLater copies c on another goroutine — a large article's copy takes a
// write and a flush to disk, which the window must not wait for — and
// calls report with the error, if any. A clear that comes first wins: the
// copy is then not written. The channel returned is closed once the copy
// is written or given up.
func (r *rescue) saveLater(c recovered, report func(error)) <-chan struct{} {
	done := make(chan struct{})
	if r == nil {
		close(done)
		return done
	}
	r.mu.Lock()
	epoch := r.epoch
	r.mu.Unlock()
	go func() {
		defer close(done)
		r.mu.Lock()
		defer r.mu.Unlock()
		if r.epoch != epoch {
			return
		}
		if err := r.saveLocked(c); err != nil {
			report(err)
		}
	}()
	return done
}

func (r *rescue) saveLocked(c recovered) error {
	if r.store.dir == "" || c.Markdown == r.last && r.lock != nil || c.Saved.Before(r.saved) {
		return nil
	}
	if r.lock == nil {
		if err := os.MkdirAll(r.store.dir, 0o700); err != nil {
			return fmt.Errorf("autosave: %w", err)
		}
		l, err := filelock.TryLock(r.store.file(r.key, ".lock"))
		if err != nil {
			return fmt.Errorf("autosave: %w", err)
		}
		r.lock = l
	}
	data, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("autosave: %w", err)
	}
	if err := atomicfile.WriteFile(r.store.file(r.key, ".json"), data, 0o600); err != nil {
		return fmt.Errorf("autosave: %w", err)
	}
	r.last, r.saved = c.Markdown, c.Saved
	return nil
}

// clear removes the copy and its lock: the article was saved, or its
// changes discarded. The next save starts a new copy under the same key.
func (r *rescue) clear() {
	if r == nil || r.store.dir == "" {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.epoch++
	os.Remove(r.store.file(r.key, ".json"))
	r.lock.Remove()
	r.lock, r.last, r.saved = nil, "", time.Time{}
}

// release lets go of the lock and keeps the copy, for a window that closes
// with its copy still wanted (none does today: closing asks first).
func (r *rescue) release() {
	if r != nil {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.lock.Unlock()
		r.lock = nil
	}
}

// leftover is a recovery copy no running editor holds, locked by this one
// while it is offered.
type leftover struct {
	recovered
	r *rescue
}

// leftovers returns the copies that no running editor holds, newest first,
// each with its lock now held by the caller, who adopts or discards it.
// A copy left by an earlier version of Paiban (legacy, one file for all
// windows) is moved into the folder first. A damaged copy is skipped and
// reported in the error; the others are still returned.
func (s recoveryStore) leftovers(legacy string) ([]leftover, error) {
	if s.dir == "" {
		return nil, nil
	}
	if legacy != "" {
		if _, err := os.Stat(legacy); err == nil && os.MkdirAll(s.dir, 0o700) == nil {
			os.Rename(legacy, s.file(s.entry("").key, ".json"))
		}
	}
	names, err := filepath.Glob(filepath.Join(s.dir, "*.json"))
	if err != nil {
		return nil, err
	}
	var out []leftover
	var errs []error
	for _, name := range names {
		key := strings.TrimSuffix(filepath.Base(name), ".json")
		l, err := filelock.TryLock(s.file(key, ".lock"))
		if err != nil {
			continue // a running editor's copy
		}
		var c recovered
		data, err := userfile.Read(name, "recovery copy", maxRecoveryFile)
		if errors.Is(err, fs.ErrNotExist) {
			l.Remove() // saved while we looked
			continue
		}
		if err == nil {
			err = json.Unmarshal(data, &c)
		}
		if err != nil {
			l.Unlock()
			errs = append(errs, fmt.Errorf("the autosaved article %s is damaged: %w", name, err))
			continue
		}
		out = append(out, leftover{recovered: c, r: &rescue{store: s, key: key, lock: l, last: c.Markdown}})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Saved.After(out[j].Saved) })
	return out, errors.Join(errs...)
}
