package reader

import "fmt"

// Value is one decoded value. Which members are used depends on the Type it was decoded with:
// N holds integers, enum bytes, bool bytes, f64 bits, the u128 Go "High" half, a tag or a version;
// N2 the u128 Go "Low" half or a sized element's size; B the raw bytes of a pubkey, ipv4, networkv4 or
// string (nil = the zero value); List the elements of a vec (nil = Go's nil slice) or the fields of an
// element. The zero Value is the Go zero value of every type.
type Value struct {
	N    uint64
	N2   uint64
	B    []byte
	List []Value
}

// Result is what a Go SDK decode yields: the filled struct, or a fatal end of the process.
type Result struct {
	Fields           []Value
	DeserializeError string // Device only; "" = nil
	Fatal            string
	NeededBytes      uint64 // with an out-of-memory Fatal: what the process would have needed
}

// fatalOOM is the contract's form of a Go runtime out-of-memory death.
const fatalOOM = "out of memory"

type decoder struct {
	r      ByteReader
	mem    memoryModel // limits.go: past its budget an allocation is an out-of-memory death
	live   uint64      // bytes charged in this decode
	needed uint64      // with fatal: the bytes the process would have needed
	// rebuildCharged: the legacy list already charged step C's rebuild
	rebuildCharged bool
	fatal          string
	slab           []Value // backing store for every list of one decode, reused by the next
}

// alloc returns n zeroed Values from the slab; batch mode reuses one slab instead of leaving the
// garbage collector dozens of small lists per line.
func (d *decoder) alloc(n int) []Value {
	if n > cap(d.slab)-len(d.slab) || d.slab == nil { // a nil slab would turn an empty list into nil
		size := 1024
		if n > size {
			size = n
		}
		d.slab = make([]Value, 0, size)
	}
	start := len(d.slab)
	d.slab = d.slab[:start+n]
	out := d.slab[start : start+n : start+n]
	for i := range out {
		out[i] = Value{}
	}
	return out
}

// decode walks the layout's fields in order the way the Go SDK's DeserializeX functions do. The
// previous result's lists are overwritten (they live in the slab).
func (d *decoder) decode(l *Layout, data []byte) Result {
	d.r, d.fatal, d.live, d.needed, d.rebuildCharged, d.slab = ByteReader{data: data}, "", 0, 0, false, d.slab[:0]
	res := Result{Fields: d.alloc(len(l.Fields))}
	var legacy []Value
	for i := range l.Fields {
		f := &l.Fields[i]
		switch f.vec {
		case vecLegacy:
			var ok bool
			legacy, ok = d.legacyList(f.Type.Elem)
			res.Fields[i].List = legacy
			if !ok {
				// The guard returns from DeserializeDevice: every later field keeps its zero value.
				return d.finish(res)
			}
		case vecTrailing:
			res.Fields[i], res.DeserializeError = d.trailingList(f.Type.Elem, legacy)
			if res.DeserializeError != "" {
				return res
			}
		default:
			if f.Type.def != 0 && int(d.r.Remaining()) < f.Type.Width {
				res.Fields[i] = Value{N: f.Type.def} // ReadU16OrDefault: the SDK's default when the bytes are missing
			} else {
				res.Fields[i] = d.value(f)
			}
		}
		if d.fatal != "" {
			return d.finish(res)
		}
	}
	return res
}

func (d *decoder) finish(res Result) Result {
	res.Fatal, res.NeededBytes = d.fatal, d.needed
	return res
}

func (d *decoder) value(f *Field) Value {
	switch f.vec {
	case vecPlain:
		return d.plainVec(f.Type.Elem)
	case vecDiscard:
		d.discardLoop(f.Type.Elem)
		return Value{} // the SDK throws legacy segments away: FlexAlgoNodeSegments stays nil
	case vecCapacity:
		return d.capacityLoop(f.Type.Elem)
	}
	return d.element(f.Type)
}

func (d *decoder) element(t *Type) Value {
	switch t.Kind {
	case KU8, KBool, KEnum:
		return Value{N: uint64(d.r.ReadU8())}
	case KU16:
		return Value{N: uint64(d.r.ReadU16())}
	case KU32:
		return Value{N: uint64(d.r.ReadU32())}
	case KU64, KI64, KF64:
		return Value{N: d.r.ReadU64()}
	case KU128:
		if t.halves {
			low := d.r.ReadU64() // two ReadU64s: the low half can be read where the high one is not
			return Value{N: low, N2: d.r.ReadU64()}
		}
		high, low := d.r.ReadU128()
		return Value{N: high, N2: low}
	case KPubkey, KIPv4, KNetworkV4:
		return Value{B: d.r.ReadFixed(t.Width)}
	case KString:
		return Value{B: d.r.ReadString()}
	case KStruct:
		return Value{List: d.fields(t.Fields)}
	case KTagged:
		return d.tagged(t)
	case KSized:
		return d.sized(t)
	}
	panic(fmt.Sprintf("reader: kind %d has no element reader", t.Kind))
}

func (d *decoder) fields(fs []Field) []Value {
	out := d.alloc(len(fs))
	for i := range fs {
		out[i] = d.value(&fs[i])
	}
	return out
}

// plainVec is ReadPubkeySlice / ReadNetworkV4Slice / ReadIPv4Slice (since f7981ab6f): fewer than 4
// bytes left gives nil with no move; count 0 gives an empty non-nil slice for pubkeys but nil for the
// others; count·width > bytes left (checked in uint64) gives nil with only the count used up.
func (d *decoder) plainVec(elem *Type) Value {
	if d.r.Remaining() < 4 {
		return Value{}
	}
	n := d.r.ReadU32()
	if n == 0 {
		if elem.Kind == KPubkey {
			return Value{List: []Value{}}
		}
		return Value{}
	}
	// The bytes left hold every element, so the slice is small: not charged.
	if uint64(n)*uint64(elem.Width) > uint64(d.r.Remaining()) {
		return Value{}
	}
	list := d.alloc(int(n))
	for i := range list {
		list[i] = d.element(elem)
	}
	return Value{List: list}
}

// discardLoop is the legacy V3 segment loop: no guard, seg_count rounds of defensive reads. Each round
// depends only on the bytes left, so once a round consumes nothing no later round can: the rest are
// skipped with the same result (the real loop runs up to 2^32 empty rounds).
func (d *decoder) discardLoop(elem *Type) {
	n := d.r.ReadU32()
	for i := uint32(0); i < n; i++ {
		before := d.r.Offset()
		d.element(elem)
		if d.r.Offset() == before {
			return
		}
	}
}

// capacityLoop is the sized element's segment loop: the slice is made with capacity seg_count up front
// (a garbage count kills the process), then filled while a whole element is left.
func (d *decoder) capacityLoop(elem *Type) Value {
	n := d.r.ReadU32()
	if !d.charge(d.mem.segmentCapacity(uint64(n))) {
		return Value{}
	}
	fit := uint32(d.r.Remaining() / elem.Width) // only what fits is filled
	if fit > n {
		fit = n
	}
	list := d.alloc(int(fit))[:0]
	for i := uint32(0); i < n && d.r.Remaining() >= elem.Width; i++ {
		list = append(list, d.element(elem))
	}
	return Value{List: list}
}

// tagged reads a tagged element: the tag, then that variant's body; fields the variant lacks (and
// every field of an unknown tag) keep their zero value, and an unknown tag is reported as t.unknown
// when the SDK has one.
func (d *decoder) tagged(t *Type) Value {
	tag := d.r.ReadU8()
	v := Value{N: uint64(tag), List: d.alloc(len(t.Fields))}
	if vr := t.variants[tag]; vr == nil && t.unknown >= 0 {
		v.N = uint64(t.unknown)
	} else if vr != nil {
		for i := range vr.fields {
			x := d.value(&vr.fields[i])
			if s := vr.slot[i]; s >= 0 {
				v.List[s] = x
			}
		}
	}
	return v
}

// sized reads a size-prefixed interface: size, version, the body (whatever the version), then a move
// to start+size if that is ahead, clamped to the end of the buffer; never a move back.
func (d *decoder) sized(t *Type) Value {
	start := d.r.Offset()
	size := d.r.ReadU16()
	version := d.r.ReadU8()
	v := Value{N: uint64(version), N2: uint64(size), List: d.fields(t.Fields)}
	if end := start + int(size); end > d.r.Offset() {
		d.r.Skip(end - d.r.Offset())
	}
	return v
}

// legacyList is step A of docs/readers.md §3.3. ok is false when Go's guard returns from the decode:
// count > 0 and count·min_size, computed in uint32 (so it can wrap), exceeds the bytes left. t is a
// tagged element, or a struct for the Device versions before the tag.
func (d *decoder) legacyList(t *Type) (list []Value, ok bool) {
	n := d.r.ReadU32()
	if n > 0 && n*t.minSize > uint32(d.r.Remaining()) {
		return []Value{}, false
	}
	// Go never stops the loop, so the whole appended slice is certain. Every element takes a byte until
	// none are left, so with more elements than bytes the rest, and the tail scalars, read nothing and
	// step C will rebuild the list: charged now too, before anything is built (a wrapped count needs GBs).
	past := uint64(n) > uint64(d.r.Remaining())
	if !d.charge(d.mem.appendedList(uint64(n))) || past && !d.charge(d.mem.rebuiltList(uint64(n))) {
		return []Value{}, true
	}
	d.rebuildCharged = past
	list = d.alloc(int(n))
	for i := range list {
		list[i] = d.element(t)
	}
	return list, true
}

// trailingList is step C of docs/readers.md §3.3: no bytes left rebuilds the list from the legacy one;
// otherwise the count must equal the legacy count, or DeserializeError is set and the list stays nil.
func (d *decoder) trailingList(t *Type, legacy []Value) (Value, string) {
	if d.r.Remaining() == 0 {
		if !d.rebuildCharged && !d.charge(d.mem.rebuiltList(uint64(len(legacy)))) {
			return Value{}, ""
		}
		list := d.alloc(len(legacy))
		for i := range legacy {
			list[i] = d.rebuilt(t, legacy[i])
		}
		return Value{List: list}, ""
	}
	n := d.r.ReadU32()
	if uint64(n) != uint64(len(legacy)) {
		return Value{}, fmt.Sprintf("DeserializeDevice: interfaces length %d != deprecated_interfaces length %d", n, len(legacy))
	}
	list := d.alloc(int(n))
	for i := range list {
		if list[i] = d.sized(t); d.fatal != "" {
			break
		}
	}
	return Value{List: list}, ""
}

// rebuilt is a legacy element copied into the trailing list: identical except version = the current
// interface version and size = 0, whatever the legacy tag was.
func (d *decoder) rebuilt(t *Type, legacy Value) Value {
	v := Value{N: uint64(t.version), List: d.alloc(len(t.Fields))}
	for i, j := range t.rebuild {
		if j >= 0 {
			v.List[i] = legacy.List[j]
		}
	}
	return v
}
