package reader

import (
	"encoding/binary"
	"math/big"
	"math/bits"
	"strconv"
	"unicode/utf8"
)

// AppendResult appends the contract's JSON line (without newline) for a decode result.
func (l *Layout) AppendResult(b []byte, r *Result) []byte {
	if r.Fatal != "" {
		b = appendFatal(b, r.Fatal)
		// {"fatal":"out of memory","bytes":"N"}: the bytes the process would have needed.
		b = append(append(b[:len(b)-1], `,"bytes":"`...), strconv.FormatUint(r.NeededBytes, 10)...)
		return append(b, `"}`...)
	}
	b = append(b, `{"ok":{`...)
	b = appendFieldValues(b, l.Fields, r.Fields)
	if l.device {
		b = append(b, `,"deserialize_error":`...)
		if r.DeserializeError == "" {
			b = append(b, "null"...)
		} else {
			b = appendJSONString(b, r.DeserializeError)
		}
	}
	return append(b, "}}"...)
}

func appendFatal(b []byte, msg string) []byte {
	return append(appendJSONString(append(b, `{"fatal":`...), msg), '}')
}

func appendError(b []byte, class, msg string) []byte {
	b = appendJSONString(append(b, `{"error":{"class":`...), class)
	return append(appendJSONString(append(b, `,"message":`...), msg), "}}"...)
}

// appendFieldValues appends `"name":value` pairs; vals may be nil, meaning every field is zero.
func appendFieldValues(b []byte, fs []Field, vals []Value) []byte {
	var zero Value
	for i := range fs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, fs[i].key...)
		v := &zero
		if vals != nil {
			v = &vals[i]
		}
		b = appendValue(b, fs[i].Type, v)
	}
	return b
}

func appendValue(b []byte, t *Type, v *Value) []byte {
	switch t.Kind {
	case KU8, KU16, KU32:
		return strconv.AppendUint(b, v.N, 10)
	case KU64:
		return append(strconv.AppendUint(append(b, '"'), v.N, 10), '"')
	case KI64:
		return append(strconv.AppendInt(append(b, '"'), int64(v.N), 10), '"')
	case KF64:
		return append(appendHex64(append(b, '"'), v.N), '"')
	case KU128:
		if t.halves { // the SDK holds the number (PermissionsLo, PermissionsHi), not a Uint128
			number := new(big.Int).Lsh(new(big.Int).SetUint64(v.N2), 64)
			return append(number.Or(number, new(big.Int).SetUint64(v.N)).Append(append(b, '"'), 10), '"')
		}
		b = strconv.AppendUint(append(b, `{"High":"`...), v.N, 10)
		b = strconv.AppendUint(append(b, `","Low":"`...), v.N2, 10)
		return append(b, `"}`...)
	case KBool:
		return strconv.AppendBool(b, v.N != 0)
	case KEnum:
		if t.enum == nil {
			return strconv.AppendUint(b, v.N, 10)
		}
		return append(b, t.enum[v.N]...)
	case KPubkey:
		return append(appendBase58(append(b, '"'), v.B), '"')
	case KIPv4:
		return append(appendDotted(append(b, '"'), v.B), '"')
	case KNetworkV4:
		b = appendDotted(append(b, '"'), v.B)
		return append(strconv.AppendUint(append(b, '/'), uint64(byteAt(v.B, 4)), 10), '"')
	case KString:
		return append(appendHexBytes(append(b, '"'), v.B), '"')
	case KVec:
		if v.List == nil {
			return append(b, "null"...)
		}
		b = append(b, '[')
		for i := range v.List {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendValue(b, t.Elem, &v.List[i])
		}
		return append(b, ']')
	case KStruct:
		b = append(b, '{')
	case KTagged:
		b = strconv.AppendUint(append(b, `{"version":`...), v.N, 10)
		if len(t.Fields) > 0 {
			b = append(b, ',')
		}
	case KSized:
		b = strconv.AppendUint(append(b, `{"size":`...), v.N2, 10)
		b = strconv.AppendUint(append(b, `,"version":`...), v.N, 10)
		if len(t.Fields) > 0 {
			b = append(b, ',')
		}
	}
	return append(appendFieldValues(b, t.Fields, v.List), '}')
}

// byteAt reads a byte of a fixed value whose nil form means all zero.
func byteAt(raw []byte, i int) byte {
	if raw == nil {
		return 0
	}
	return raw[i]
}

// appendDotted writes the 4 address bytes of an ipv4 or networkv4.
func appendDotted(b []byte, raw []byte) []byte {
	for i := 0; i < 4; i++ {
		if i > 0 {
			b = append(b, '.')
		}
		b = strconv.AppendUint(b, uint64(byteAt(raw, i)), 10)
	}
	return b
}

const hexDigits = "0123456789abcdef"

func appendHexBytes(b []byte, raw []byte) []byte {
	for _, c := range raw {
		b = append(b, hexDigits[c>>4], hexDigits[c&15])
	}
	return b
}

func appendHex64(b []byte, x uint64) []byte {
	for shift := 60; shift >= 0; shift -= 4 {
		b = append(b, hexDigits[(x>>uint(shift))&15])
	}
	return b
}

const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// base58Chunk is 58^10, the largest power of 58 that fits in a uint64: the 256-bit key is divided by it
// a few times with bits.Div64 instead of byte by byte, which keeps batch mode fast.
const base58Chunk = 430804206899405824

// appendBase58 encodes a 32-byte key (nil = the zero key, 32 × '1') as mr-tron/base58 does: one '1'
// per leading zero byte, then the digits of the rest.
func appendBase58(b []byte, key []byte) []byte {
	if key == nil {
		return append(b, "11111111111111111111111111111111"...)
	}
	var n [4]uint64 // big-endian limbs
	for i := range n {
		n[i] = binary.BigEndian.Uint64(key[8*i:])
	}
	var digits [50]byte // 44 digits at most, rounded up to whole chunks
	end := len(digits)
	for n != [4]uint64{} {
		var rem uint64
		for i := range n {
			n[i], rem = bits.Div64(rem, n[i], base58Chunk)
		}
		for k := 0; k < 10; k++ {
			end--
			digits[end] = byte(rem % 58)
			rem /= 58
		}
	}
	for end < len(digits) && digits[end] == 0 {
		end++
	}
	for i := 0; i < len(key) && key[i] == 0; i++ {
		b = append(b, '1')
	}
	for _, d := range digits[end:] {
		b = append(b, base58Alphabet[d])
	}
	return b
}

// appendJSONString quotes s for JSON; the reader's strings are field names, labels and messages
// (which may echo a request's layout name, so invalid UTF-8 becomes U+FFFD to keep the line valid).
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, `\u00`...)
			b = append(b, hexDigits[c>>4], hexDigits[c&15])
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				b = append(b, `\ufffd`...)
			} else {
				b = append(b, s[i:i+size]...)
			}
			i += size
			continue
		default:
			b = append(b, c)
		}
		i++
	}
	return append(b, '"')
}
