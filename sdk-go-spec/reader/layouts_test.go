package reader

import (
	"math"
	"math/rand"
	"strings"
	"testing"
)

// Every account version in the repository's layouts.json is readable, and no input makes a decode
// panic: it either returns a value or reports the modelled death.
func TestEveryAccountLayoutReadable(t *testing.T) {
	s := loadSet(t)
	rng := rand.New(rand.NewSource(1))
	for name, l := range s.Layouts {
		if l.Kind != "account" {
			continue
		}
		if l.Unsupported != "" {
			t.Errorf("%s: %s", name, l.Unsupported)
			continue
		}
		for i := 0; i < 300; i++ {
			data := make([]byte, rng.Intn(600))
			rng.Read(data)
			v := answer(t, name, data)
			if _, ok := v["ok"]; !ok && v["fatal"] != "out of memory" {
				t.Errorf("%s % x: %v", name, data, v)
			}
		}
	}
}

func TestInstructionsUnsupported(t *testing.T) {
	expect(t, answer(t, "set_user_bgp_status@v1", []byte{0x6a, 1}),
		`{"error":{"class":"Unsupported","message":"SetUserBGPStatus is an instruction; the Go SDK does not read instructions"}}`)
}

const inlineLayouts = `{"schema":"dzcompat-layouts/1","limits":{"go":{"memory_budget_bytes":1000,"element_bytes":88,"rebuilt_element_bytes":88,"segment_bytes":34,"growth":"go_append"}},"accounts":[
 {"name":"t","kind":"account","versions":[{"id":"v0","fields":[
  {"name":"i","json":"I","type":{"kind":"i64"}},
  {"name":"f","json":"F","type":{"kind":"f64"}},
  {"name":"b","json":"B","type":{"kind":"bool"}},
  {"name":"net","json":"Net","type":{"kind":"networkv4"}},
  {"name":"k","json":"K","type":{"kind":"pubkey"}},
  {"name":"ips","json":"Ips","type":{"kind":"vec","element":{"kind":"ipv4"}}}]}]},
  {"name":"bad","kind":"account","versions":[
   {"id":"enum","fields":[{"name":"e","json":"E","type":{"kind":"enum","enum":"Mystery"}}]},
   {"id":"option","fields":[{"name":"o","json":"O","type":{"kind":"option","element":{"kind":"u8"}}}]},
   {"id":"sized","fields":[{"name":"s","json":"S","type":{"kind":"vec","element":{"kind":"sized","version":4,"fields":[]}}}]}]}]}`

func TestInlineLayout(t *testing.T) {
	s, err := Parse([]byte(inlineLayouts))
	if err != nil {
		t.Fatal(err)
	}
	key := append([]byte{0, 0, 1}, make([]byte, 29)...)
	data := cat(u64(^uint64(4)), u64(math.Float64bits(1.5)), []byte{2}, []byte{1, 2, 3, 4, 40}, key, u32(5), make([]byte, 19))
	sess := s.NewSession()
	got := string(sess.Answer(append([]byte("t@v0\t"), []byte(strings.ToUpper(hexOf(data)))...)))
	want := `{"ok":{"i":"-5","f":"3ff8000000000000","b":true,"net":"1.2.3.4/40",` +
		`"k":"11Cd4BX7vopdUjCBe56dfR9Mw86iDpdcAZbJ2yE8jR","ips":null}}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// Above, 5 addresses did not fit in 19 bytes (nil). With 20 bytes they fit and are read: a slice
	// the bytes hold is never charged, whatever the budget.
	got = string(sess.Answer(append([]byte("t@v0\t"), hexOf(cat(make([]byte, 54), u32(5), make([]byte, 20)))...)))
	if !strings.HasSuffix(got, `"ips":["0.0.0.0","0.0.0.0","0.0.0.0","0.0.0.0","0.0.0.0"]}}`) {
		t.Errorf("5 addresses in 20 bytes: %s", got)
	}
	for _, name := range []string{"bad@enum", "bad@option", "bad@sized"} {
		if s.Layouts[name].Unsupported == "" {
			t.Errorf("%s: want Unsupported", name)
		}
	}
	if out := string(sess.Answer([]byte("bad@enum\t07"))); !strings.Contains(out, `"class":"Unsupported"`) {
		t.Errorf("bad@enum: %s", out)
	}
}

func TestParseRejectsOtherSchemas(t *testing.T) {
	for _, raw := range []string{`[]`, `{"schema":"dzcompat-layouts/2","limits":{}}`,
		`{"schema":"dzcompat-layouts/1","limits":{}}`} {
		if _, err := Parse([]byte(raw)); err == nil {
			t.Errorf("%s: accepted", raw)
		}
	}
}
