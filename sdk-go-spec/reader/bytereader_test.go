package reader

import (
	"bytes"
	"testing"
)

// Every fixed-width read with too few bytes returns zero and leaves the cursor; a narrower read then
// takes the stray bytes (docs/readers.md §2.1).
func TestShortFixedReadDoesNotMove(t *testing.T) {
	reads := map[string]struct {
		width int
		read  func(*ByteReader) bool // true when the zero value came back
	}{
		"u16":       {2, func(r *ByteReader) bool { return r.ReadU16() == 0 }},
		"u32":       {4, func(r *ByteReader) bool { return r.ReadU32() == 0 }},
		"u64":       {8, func(r *ByteReader) bool { return r.ReadU64() == 0 }},
		"u128":      {16, func(r *ByteReader) bool { h, l := r.ReadU128(); return h == 0 && l == 0 }},
		"pubkey":    {32, func(r *ByteReader) bool { return r.ReadFixed(32) == nil }},
		"ipv4":      {4, func(r *ByteReader) bool { return r.ReadFixed(4) == nil }},
		"networkv4": {5, func(r *ByteReader) bool { return r.ReadFixed(5) == nil }},
	}
	for name, c := range reads {
		for have := 0; have < c.width; have++ {
			r := &ByteReader{data: bytes.Repeat([]byte{0x64}, have)}
			if !c.read(r) || r.Offset() != 0 {
				t.Errorf("%s with %d bytes: want zero and no move, offset %d", name, have, r.Offset())
			}
			if have > 0 && r.ReadU8() != 0x64 {
				t.Errorf("%s with %d bytes: the stray byte was not left for the next read", name, have)
			}
		}
	}
	r := &ByteReader{}
	if r.ReadU8() != 0 || r.Offset() != 0 {
		t.Error("u8 on empty input")
	}
}

func TestReadU128SwappedHalves(t *testing.T) {
	cases := []struct {
		wire      []byte
		high, low uint64
	}{
		{cat(u64(7), u64(0)), 7, 0},
		{cat(u64(5), u64(1)), 5, 1}, // 2^64+5: Go's High holds the numerically low half
	}
	for _, c := range cases {
		r := &ByteReader{data: c.wire}
		if h, l := r.ReadU128(); h != c.high || l != c.low || r.Offset() != 16 {
			t.Errorf("% x: got {High:%d Low:%d} at %d", c.wire, h, l, r.Offset())
		}
	}
}

func TestReadString(t *testing.T) {
	cases := []struct {
		name   string
		wire   []byte
		want   string
		offset int
	}{
		{"fewer than 4 bytes", []byte{3, 0, 0}, "", 0},
		{"length 0", u32(0), "", 4},
		{"length > bytes left", cat(u32(5), []byte("abc")), "", 4},
		{"length 1000", cat(u32(1000), []byte("abc")), "", 4},
		{"length 0xFFFFFFFF", cat(u32(0xFFFFFFFF), []byte("abc")), "", 4},
		{"exact", str("dz1"), "dz1", 7},
		{"invalid UTF-8 kept raw", str("\xff\xfeA"), "\xff\xfeA", 7},
		{"surrogate kept raw", str("\xed\xa0\x80"), "\xed\xa0\x80", 7},
		{"BOM kept", str("\xef\xbb\xbfA"), "\xef\xbb\xbfA", 8},
	}
	for _, c := range cases {
		r := &ByteReader{data: c.wire}
		if got := r.ReadString(); string(got) != c.want || r.Offset() != c.offset {
			t.Errorf("%s: got %q at %d, want %q at %d", c.name, got, r.Offset(), c.want, c.offset)
		}
	}
}

func TestSkipClampedToEnd(t *testing.T) {
	r := &ByteReader{data: make([]byte, 10)}
	r.Skip(4)
	r.Skip(100)
	if r.Offset() != 10 {
		t.Errorf("offset %d, want 10", r.Offset())
	}
}
