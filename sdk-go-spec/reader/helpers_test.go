package reader

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// The repository's layouts.json, generated from the Swift registry (the reader's real input).
var layoutsPath = filepath.Join("..", "..", "fixtures", "layouts.json")

var cachedSet *Set

func loadSet(t testing.TB) *Set {
	t.Helper()
	if cachedSet == nil {
		s, err := Load(layoutsPath)
		if err != nil {
			t.Fatalf("load %s: %v", layoutsPath, err)
		}
		cachedSet = s
	}
	return cachedSet
}

// latest is the highest version of an account, e.g. device@v15.
func latest(t testing.TB, s *Set, account string) string {
	t.Helper()
	best, bestN := "", -1
	for name := range s.Layouts {
		if !strings.HasPrefix(name, account+"@v") {
			continue
		}
		if n, err := strconv.Atoi(strings.TrimPrefix(name, account+"@v")); err == nil && n > bestN {
			best, bestN = name, n
		}
	}
	if best == "" {
		t.Fatalf("no %s layout in %s", account, layoutsPath)
	}
	return best
}

// referenceDir is the upstream reference set in the tree (Tests/ReferenceFixtures), or
// DZCOMPAT_REFERENCE_DIR. A missing directory fails the test; it never skips.
func referenceDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("DZCOMPAT_REFERENCE_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "Tests", "ReferenceFixtures")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("reference fixtures missing: %v", err)
	}
	return dir
}

func readReference(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(referenceDir(t), name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// answer runs one request through a fresh session and parses the JSON line.
func answer(t testing.TB, layout string, data []byte) map[string]any {
	t.Helper()
	line := append([]byte(layout+"\t"), hex.EncodeToString(data)...)
	out := loadSet(t).NewSession().Answer(line)
	var v map[string]any
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("answer is not JSON: %v\n%s", err, out)
	}
	return v
}

// decodeOK is the decoded value of an answer that must be {"ok": ...}.
func decodeOK(t testing.TB, layout string, data []byte) map[string]any {
	t.Helper()
	v := answer(t, layout, data)
	ok, found := v["ok"].(map[string]any)
	if !found {
		t.Fatalf("%s: want ok, got %v", layout, v)
	}
	return ok
}

// at walks a decoded JSON value by object keys and array indexes.
func at(t testing.TB, v any, path ...any) any {
	t.Helper()
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				t.Fatalf("at %v: %v is not an object", path, v)
			}
			if v, ok = m[k]; !ok {
				t.Fatalf("at %v: no key %q", path, k)
			}
		case int:
			a, ok := v.([]any)
			if !ok || k >= len(a) {
				t.Fatalf("at %v: %v has no index %d", path, v, k)
			}
			v = a[k]
		}
	}
	return v
}

// length is the length of the array at path, as a JSON number for expect.
func length(t testing.TB, v any, path ...any) json.Number {
	t.Helper()
	a, ok := at(t, v, path...).([]any)
	if !ok {
		t.Fatalf("at %v: not an array", path)
	}
	return json.Number(strconv.Itoa(len(a)))
}

// expect compares a decoded JSON value with a Go literal written in JSON form.
// oom is the answer of a process that dies having needed `needed` bytes.
func oom(needed uint64) string {
	return `{"fatal":"out of memory","bytes":"` + strconv.FormatUint(needed, 10) + `"}`
}

func expect(t testing.TB, got any, wantJSON string, what ...any) {
	t.Helper()
	var want any
	dec := json.NewDecoder(strings.NewReader(wantJSON))
	dec.UseNumber()
	if err := dec.Decode(&want); err != nil {
		t.Fatalf("bad expectation %s: %v", wantJSON, err)
	}
	if !reflect.DeepEqual(got, want) {
		g, _ := json.Marshal(got)
		t.Errorf("%v: got %s, want %s", what, g, wantJSON)
	}
}

// Wire builders for crafted inputs.

func u16(v uint16) []byte { return binary.LittleEndian.AppendUint16(nil, v) }
func u32(v uint32) []byte { return binary.LittleEndian.AppendUint32(nil, v) }
func u64(v uint64) []byte { return binary.LittleEndian.AppendUint64(nil, v) }
func str(s string) []byte { return append(u32(uint32(len(s))), s...) }
func key(b byte) []byte   { return bytes.Repeat([]byte{b}, 32) }

func cat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// devicePrefix is a Device up to and including mgmt_vrf (fields 1..14), deviceTail fields 16..27.
func devicePrefix() []byte {
	return cat([]byte{5}, key(0x40), u64(7), u64(0), []byte{250}, key(0x41), key(0x42), []byte{2},
		[]byte{203, 0, 113, 1}, []byte{1}, str("dz1"), u32(1), []byte{10, 10, 0, 0, 24}, key(0x43), key(0x44),
		str("mgmt"))
}

func deviceTail() []byte {
	return cat(u32(12), u16(5), u16(100), []byte{3, 1}, u16(3), u16(2), u16(50), u16(50), u16(3), u16(1), u16(10))
}

// device assembles a Device: legacy count and elements, the tail scalars, then any trailing bytes.
func device(legacyCount uint32, legacy []byte, trailing ...[]byte) []byte {
	return cat(devicePrefix(), u32(legacyCount), legacy, deviceTail(), cat(trailing...))
}

func legacyV1(name string) []byte {
	return cat([]byte{0, 3}, str(name), []byte{1, 1}, u16(0), []byte{10, 0, 0, 1, 32}, u16(100), []byte{0})
}

// v2Body is the V2 body after the status byte's predecessor (the tag), shared by sized elements.
func v2Body(name string) []byte {
	return cat([]byte{3}, str(name), []byte{2, 1, 1, 0}, u64(10_000_000_000), u64(5_000_000_000), u16(9000),
		[]byte{1}, u16(100), []byte{172, 16, 0, 1, 30}, u16(200), []byte{1})
}

func legacyV2(tag byte, name string) []byte { return cat([]byte{tag}, v2Body(name)) }

func segment(k byte, idx uint16) []byte { return cat(key(k), u16(idx)) }

func legacyV3(name string, segCount uint32, segs ...[]byte) []byte {
	return cat(legacyV2(3, name), u32(segCount), cat(segs...))
}

// sizedIface is a trailing element whose size prefix covers exactly what is written.
func sizedIface(version byte, name string, segCount uint32, segs [][]byte, extra []byte) []byte {
	body := cat(v2Body(name), u32(segCount), cat(segs...), extra)
	return cat(u16(uint16(3+len(body))), []byte{version}, body)
}

func trailingVec(elems ...[]byte) []byte { return cat(u32(uint32(len(elems))), cat(elems...)) }

func mustJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func hexOf(b []byte) string { return hex.EncodeToString(b) }
