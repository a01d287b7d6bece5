package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"

	"github.com/paiban/paiban/internal/atomicfile"
)

// fileRepository is what Fyne's own repository for file: URIs does.
type fileRepository interface {
	repository.ListableRepository
	repository.HierarchicalRepository
	repository.CopyableRepository
	repository.MovableRepository
	repository.DeleteAllRepository
	repository.AppendableRepository
}

// atomicFiles is Fyne's file: repository with one change: the writer it
// opens — the one a save dialog opens on the chosen file the moment the
// user confirms — writes through atomicfile. It touches nothing until the
// first byte is written, then writes a temporary file and renames it over
// the target on Close. A writer closed without a write, or abandoned,
// leaves the old file byte for byte; Fyne's own writer truncates it at once.
type atomicFiles struct{ fileRepository }

// useAtomicFiles registers atomicFiles for file: URIs, over the repository
// the Fyne driver registered. Call it once the app exists.
func useAtomicFiles() error {
	r, err := repository.ForScheme("file")
	if err != nil {
		return fmt.Errorf("no file repository to wrap: %w", err)
	}
	switch r := r.(type) {
	case atomicFiles:
		return nil
	case fileRepository:
		repository.Register("file", atomicFiles{r})
		return nil
	}
	return fmt.Errorf("the file repository (%T) cannot be wrapped", r)
}

// Writer implements repository.WritableRepository.
func (a atomicFiles) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lazyWriter{uri: u}, nil
}

// lazyWriter creates its atomicfile.File on the first write.
type lazyWriter struct {
	uri fyne.URI
	f   *atomicfile.File
}

func (w *lazyWriter) URI() fyne.URI { return w.uri }

func (w *lazyWriter) Write(p []byte) (int, error) {
	if w.f == nil {
		f, err := atomicfile.Create(w.uri.Path(), 0o644)
		if err != nil {
			return 0, err
		}
		w.f = f
	}
	return w.f.Write(p)
}

// Close puts what was written in place; with nothing written it does
// nothing at all.
func (w *lazyWriter) Close() error {
	if w.f == nil {
		return nil
	}
	return w.f.Commit()
}
