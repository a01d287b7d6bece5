package app

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"time"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/internal/userfile"
)

// onDisk is what the editor knows of its article's file as it last read or
// wrote it, to tell when another program (or another Paiban window) has
// changed the file since: size and modification time first, and the
// content's digest when those differ, so that a file merely touched is not
// taken for a changed one. The zero value knows no file.
type onDisk struct {
	known bool
	size  int64
	mod   time.Time
	sum   [sha256.Size]byte
}

// stamp describes data just read from or written to path.
func stamp(path string, data []byte) onDisk {
	d := onDisk{known: true, sum: sha256.Sum256(data), size: int64(len(data))}
	if st, err := os.Stat(path); err == nil {
		d.size, d.mod = st.Size(), st.ModTime()
	}
	return d
}

// changed reports whether the file at path is no longer what d describes:
// changed, or removed. A file that cannot be read — gone, too large, no
// longer a regular file — counts as changed.
// When it has changed, now describes the file as it is (its zero value
// when it is gone).
func (d onDisk) changed(path string) (yes bool, now onDisk) {
	if !d.known {
		return false, d
	}
	st, err := os.Stat(path)
	if err != nil {
		return true, onDisk{}
	}
	if st.Size() == d.size && st.ModTime().Equal(d.mod) {
		return false, d
	}
	f, _, err := userfile.Open(path, "article", article.MaxFile)
	if err != nil {
		return true, onDisk{}
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return true, onDisk{}
	}
	now = onDisk{known: true, size: st.Size(), mod: st.ModTime()}
	h.Sum(now.sum[:0])
	return now.sum != d.sum, now
}

// diskRecord is onDisk as a recovery file keeps it.
type diskRecord struct {
	Size int64     `json:"size"`
	Mod  time.Time `json:"mod"`
	Sum  string    `json:"sha256"`
}

// record returns d for a recovery file, or nil when d knows no file.
func (d onDisk) record() *diskRecord {
	if !d.known {
		return nil
	}
	return &diskRecord{Size: d.size, Mod: d.mod, Sum: hex.EncodeToString(d.sum[:])}
}

// onDisk turns a recorded description back into one; a damaged record
// knows no file.
func (r *diskRecord) onDisk() onDisk {
	d := onDisk{size: r.Size, mod: r.Mod}
	if n, err := hex.Decode(d.sum[:], []byte(r.Sum)); err == nil && n == len(d.sum) {
		d.known = true
	}
	return d
}
