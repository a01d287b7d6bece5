package pdf

import (
	"fmt"
	"math"

	"github.com/signintech/gopdf"

	"github.com/paiban/paiban/layout"
)

// embedder gets the figures of one PDF from Images, each once for the
// number of pixels it is printed with, and counts the data embedded.
type embedder struct {
	images  Images
	limit   int // bytes of image data a PDF may embed (MaxImageData)
	total   int
	holders map[figureKey]gopdf.ImageHolder
}

type figureKey struct {
	path       string
	maxW, maxH int
}

// pixels is the number of pixels a length printed at PrintDPI takes,
// rounded up, and at least one.
func pixels(u layout.Unit) int {
	return max(1, int(math.Ceil(u.Points()*PrintDPI/72-1e-6)))
}

// holder returns the image to draw for figure im.
func (e *embedder) holder(im layout.Image) (gopdf.ImageHolder, error) {
	k := figureKey{im.Path, pixels(im.W), pixels(im.H)}
	if h, ok := e.holders[k]; ok {
		return h, nil
	}
	data, err := e.images.EmbedImage(k.path, k.maxW, k.maxH)
	if err != nil {
		return nil, err
	}
	if e.total+len(data) > e.limit {
		return nil, fmt.Errorf("the figures come to more than %d MB, the most a PDF embeds: use fewer, or smaller image files",
			e.limit>>20)
	}
	e.total += len(data)
	h, err := gopdf.ImageHolderByBytes(data)
	if err != nil {
		return nil, err
	}
	if e.holders == nil {
		e.holders = map[figureKey]gopdf.ImageHolder{}
	}
	e.holders[k] = h
	return h, nil
}
