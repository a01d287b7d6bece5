package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"
)

// This file reads and writes the table directory of a TrueType (sfnt)
// font file: the list of tables by tag, offset and length.

// sealFont writes tables as a font file whose head table's
// checkSumAdjustment is right: the whole font sums to 0xB1B0AFBA.
func sealFont(tables map[string][]byte) []byte {
	if head := tables["head"]; len(head) >= 12 {
		head = slices.Clone(head)
		binary.BigEndian.PutUint32(head[8:], 0) // as the head table's own checksum counts it
		tables["head"] = head
	}
	out := writeFont(tables)
	if at := tableOffset(out, "head"); at >= 0 && at+12 <= len(out) {
		binary.BigEndian.PutUint32(out[at+8:], 0xB1B0AFBA-checksum(out))
	}
	return out
}

// putSearch writes the binary-search hints OpenType puts before n records of
// size bytes: searchRange, entrySelector and rangeShift.
func putSearch(b []byte, n, size int) {
	sr := 1
	for sr*2 <= n {
		sr *= 2
	}
	binary.BigEndian.PutUint16(b[0:], uint16(size*sr))
	binary.BigEndian.PutUint16(b[2:], uint16(bitsLen(sr)))
	binary.BigEndian.PutUint16(b[4:], uint16(size*n-size*sr))
}

func bitsLen(n int) int {
	b := 0
	for n > 1 {
		n >>= 1
		b++
	}
	return b
}

// readTables returns the tables of a single-face font by tag, sharing data
// (see tableDirectory).
func readTables(data []byte) (map[string][]byte, error) {
	return tableDirectory(data, 0)
}

// tableDirectory reads the table directory at off in data — 0 for a
// single-face font, the face's offset for a face of a collection — and
// returns the tables by tag, sharing data. A tag listed twice keeps its
// first table, as go-text reads it.
//
// Every count is checked against data's length before anything is
// allocated, and the tables together may not claim more bytes than data
// holds: tables that overlap (thousands of tags each naming the whole
// file) would otherwise make a copy of the face (Extract, writeFont) many
// times the file's size.
func tableDirectory(data []byte, off int) (map[string][]byte, error) {
	if off < 0 || off > len(data)-12 {
		return nil, ErrNotFont
	}
	n := int(binary.BigEndian.Uint16(data[off+4:]))
	if 16*n > len(data)-off-12 {
		return nil, errors.New("truncated table directory")
	}
	t := make(map[string][]byte, n)
	total := 0
	for i := range n {
		rec := data[off+12+16*i:]
		at, ln := int64(binary.BigEndian.Uint32(rec[8:])), int64(binary.BigEndian.Uint32(rec[12:]))
		if at+ln > int64(len(data)) {
			return nil, fmt.Errorf("table %q out of range", rec[:4])
		}
		tag := string(rec[:4])
		if _, dup := t[tag]; dup {
			continue
		}
		if total += int(ln); total > len(data) {
			return nil, errors.New("the table directory claims more bytes than the file holds")
		}
		t[tag] = data[at : at+ln]
	}
	return t, nil
}

// writeFont lays tables out as a font file, tags sorted, each 4-aligned.
func writeFont(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for tag := range tables {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	n := len(tags)
	size := 12 + 16*n
	for _, tag := range tags {
		size += (len(tables[tag]) + 3) &^ 3
	}
	out := make([]byte, 12+16*n, size)
	be := binary.BigEndian
	be.PutUint32(out[0:], 0x00010000)
	be.PutUint16(out[4:], uint16(n))
	putSearch(out[6:], n, 16)
	for i, tag := range tags {
		data := tables[tag]
		rec := out[12+16*i:]
		copy(rec[0:4], tag)
		be.PutUint32(rec[4:], checksum(data))
		be.PutUint32(rec[8:], uint32(len(out)))
		be.PutUint32(rec[12:], uint32(len(data)))
		out = append(out, data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

func tableOffset(font []byte, tag string) int {
	n := int(binary.BigEndian.Uint16(font[4:]))
	for i := 0; i < n; i++ {
		rec := font[12+16*i:]
		if string(rec[:4]) == tag {
			return int(binary.BigEndian.Uint32(rec[8:]))
		}
	}
	return -1
}

// checksum is the OpenType table checksum: the sum of big-endian uint32s,
// the data padded with zeros.
func checksum(data []byte) uint32 {
	var sum uint32
	for i := 0; i < len(data); i += 4 {
		var w [4]byte
		copy(w[:], data[i:min(i+4, len(data))])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
