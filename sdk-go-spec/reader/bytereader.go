package reader

import "encoding/binary"

// ByteReader mirrors the internal Go SDK's ByteReader (docs/readers.md §2.1, §2.2): a fixed-width read with
// too few bytes left returns the zero value and leaves the cursor where it was.
type ByteReader struct {
	data []byte
	off  int
}

// Remaining is the number of unread bytes.
func (r *ByteReader) Remaining() int { return len(r.data) - r.off }

// Offset is the cursor position (only Go exposes it to callers).
func (r *ByteReader) Offset() int { return r.off }

// take returns the next w bytes and advances, or nil without advancing when fewer are left.
func (r *ByteReader) take(w int) []byte {
	if r.Remaining() < w {
		return nil
	}
	b := r.data[r.off : r.off+w]
	r.off += w
	return b
}

func (r *ByteReader) ReadU8() uint8 {
	if b := r.take(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *ByteReader) ReadU16() uint16 {
	if b := r.take(2); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (r *ByteReader) ReadU32() uint32 {
	if b := r.take(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *ByteReader) ReadU64() uint64 {
	if b := r.take(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

// ReadU128 returns the SDK's swapped halves: High is the LE u64 of bytes 0..7 (numerically the low
// half), Low is bytes 8..15.
func (r *ByteReader) ReadU128() (high, low uint64) {
	if b := r.take(16); b != nil {
		return binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])
	}
	return 0, 0
}

// ReadFixed reads a pubkey (32), ipv4 (4) or networkv4 (5); nil stands for the all-zero value.
func (r *ByteReader) ReadFixed(w int) []byte { return r.take(w) }

// ReadString: fewer than 4 bytes left gives "" with no move; a length larger than what is left gives ""
// with the 4 length bytes used up. The bytes are kept raw (no UTF-8 check).
func (r *ByteReader) ReadString() []byte {
	if r.Remaining() < 4 {
		return nil
	}
	n := r.ReadU32()
	if uint64(n) > uint64(r.Remaining()) {
		return nil
	}
	return r.take(int(n))
}

// Skip moves forward by n, clamped to the end of the buffer.
func (r *ByteReader) Skip(n int) {
	if n > r.Remaining() {
		n = r.Remaining()
	}
	r.off += n
}
