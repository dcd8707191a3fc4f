package reader

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"testing"
)

var referenceFixtures = map[string]string{
	"user": "user", "global_state": "global_state",
	"device": "device", "device_legacy": "device", "device_future_version": "device",
}

// Where the fixture .json states the Rust value and the Go SDK gives another (docs/readers.md §9.2; docs/program-rules.md
// §2 rule 9): a rebuilt V1 entry keeps mtu 0 in the SDKs, Rust widens it with mtu 9000.
var fixtureDeviations = map[string]string{"device_legacy NewInterface0Mtu": "0"}

// Each reference fixture decodes to every value its .json lists, found through the layout's fixture
// names (json, json_element), as the SDK fixture tests look them up.
func TestReferenceFixtures(t *testing.T) {
	s := loadSet(t)
	for file, account := range referenceFixtures {
		var meta struct {
			Fields []struct{ Name, Value, Typ string }
		}
		if err := json.Unmarshal(readReference(t, file+".json"), &meta); err != nil {
			t.Fatal(err)
		}
		layout := latest(t, s, account)
		v := decodeOK(t, layout, readReference(t, file+".bin"))
		flat := map[string]any{}
		flatten(s.Layouts[layout].Fields, v, "", flat)
		for _, f := range meta.Fields {
			got, found := flat[f.Name]
			if dev, isDeviation := fixtureDeviations[file+" "+f.Name]; isDeviation {
				f.Value = dev
			}
			if !found {
				t.Errorf("%s: %s not produced", file, f.Name)
			} else if g := fixtureForm(got, f.Typ); g != f.Value {
				t.Errorf("%s: %s = %q, want %q", file, f.Name, g, f.Value)
			}
		}
		if account == "device" {
			expect(t, v["deserialize_error"], `null`, file)
		}
	}
}

// flatten names decoded values the way the upstream fixture JSON does: `XLen`, `X0`, `X0Name`.
func flatten(fs []Field, obj map[string]any, prefix string, out map[string]any) {
	for _, f := range fs {
		v := obj[f.Name]
		if f.Type.Kind != KVec {
			out[prefix+f.JSON] = v
			continue
		}
		list, _ := v.([]any)
		out[prefix+f.JSON+"Len"] = json.Number(strconv.Itoa(len(list)))
		for i, e := range list {
			p := prefix + f.JSONElement + strconv.Itoa(i)
			m, isObject := e.(map[string]any)
			if !isObject {
				out[p] = e
				continue
			}
			out[p+"Size"], out[p+"Version"] = m["size"], m["version"]
			flatten(f.Type.Elem.Fields, m, p, out)
		}
	}
}

// fixtureForm renders a decoded value as the fixture .json writes it.
func fixtureForm(v any, typ string) string {
	switch x := v.(type) {
	case map[string]any:
		if n, isEnum := x["value"]; isEnum {
			return fmt.Sprint(n)
		}
		high, _ := new(big.Int).SetString(fmt.Sprint(x["High"]), 10)
		low, _ := new(big.Int).SetString(fmt.Sprint(x["Low"]), 10)
		return high.Add(high, low.Lsh(low, 64)).String() // Go's swapped halves
	case string:
		if typ == "string" {
			b, _ := hex.DecodeString(x)
			return string(b)
		}
	}
	return fmt.Sprint(v)
}

// docs/readers.md §8 sweep, Go column: at every truncation length Go decodes without an error or a death;
// on device.bin the guard, the mismatch error and the clamped skip show exactly at the listed lengths.
func TestTruncationSweep(t *testing.T) {
	s := loadSet(t)
	mismatch := map[int]bool{319: true, 321: true, 323: true, 325: true, 327: true, 329: true, 331: true,
		333: true, 334: true, 335: true}
	for _, file := range []string{"user", "global_state", "device", "device_legacy"} {
		account := referenceFixtures[file]
		layout := latest(t, s, account)
		full := readReference(t, file+".bin")
		for n := 0; n <= len(full); n++ {
			v := decodeOK(t, layout, full[:n])
			if file != "device" {
				continue
			}
			guard := n >= 212 && n <= 247
			wantError := `null`
			if mismatch[n] {
				wantError = `"DeserializeDevice: interfaces length 0 != deprecated_interfaces length 2"`
			}
			expect(t, v["deserialize_error"], wantError, file, n)
			if guard {
				expect(t, v["deprecated_interfaces"], `[]`, file, n, "guard")
			}
			if _, isList := v["interfaces"].([]any); isList == (guard || wantError != `null`) {
				t.Errorf("%s@%d: interfaces %v", file, n, v["interfaces"])
			}
			if n > 337 && n < 424 {
				expect(t, at(t, v, "interfaces", 1, "size"), `0`, file, n, "clamped skip")
				expect(t, at(t, v, "interfaces", 1, "name"), `""`, file, n, "clamped skip")
			}
		}
	}
}
