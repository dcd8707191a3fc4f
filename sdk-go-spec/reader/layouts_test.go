package reader

import (
	"math"
	"math/rand"
	"strings"
	"testing"
)

// Every account version in the repository's layouts.json that the Go SDK has a reader for is readable,
// and no input makes a decode panic: it either returns a value or reports the modelled death. A version
// without a reader answers NoReader, whatever the bytes.
func TestEveryAccountLayoutReadable(t *testing.T) {
	s := loadSet(t)
	rng := rand.New(rand.NewSource(1))
	for name, l := range s.Layouts {
		if l.Kind != "account" {
			continue
		}
		if l.NoReader != "" {
			expect(t, answer(t, name, []byte{1, 2, 3}), `{"error":{"class":"NoReader","message":"`+l.NoReader+`"}}`)
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
			if l.NoReader != "" {
				// No Go reader for the account (layouts.json sdks): that answer, whatever the bytes.
				if e, _ := v["error"].(map[string]any); e["class"] != "NoReader" || e["message"] != l.NoReader {
					t.Errorf("%s % x: %v", name, data, v)
				}
				continue
			}
			if _, ok := v["ok"]; !ok && v["fatal"] != "out of memory" {
				t.Errorf("%s % x: %v", name, data, v)
			}
		}
	}
}

// The Go SDK reads no instruction: layouts.json lists no reader for one.
func TestInstructionsHaveNoReader(t *testing.T) {
	expect(t, answer(t, "set_user_bgp_status@v1", []byte{0x6a, 1}),
		`{"error":{"class":"NoReader","message":"the Go SDK has no reader for SetUserBGPStatus"}}`)
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
   {"id":"sized","fields":[{"name":"s","json":"S","type":{"kind":"vec","element":{"kind":"sized","version":4,"fields":[]}}}]}]}],
 "sdks":[{"id":"go","name":"Go","enums":{},"readers":{"t":{},"bad":{}}}]}`

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

// The reader facts of layouts.json: an SDK reading a field as another width, stopping before a field,
// lacking one, defaulting a missing one, and having no reader before a version.
const factLayouts = `{"schema":"dzcompat-layouts/1","limits":{"go":{"memory_budget_bytes":1000,"element_bytes":88,"rebuilt_element_bytes":88,"segment_bytes":34,"growth":"go_append"}},"accounts":[
 {"name":"a","title":"A","kind":"account","versions":[
  {"id":"v0","fields":[{"name":"x","json":"X","type":{"kind":"u8"}}]},
  {"id":"v1","fields":[
   {"name":"x","json":"X","type":{"kind":"u8"}},
   {"name":"gone","json":"Gone","type":{"kind":"u16"}},
   {"name":"flags","json":"Flags","type":{"kind":"u32"}},
   {"name":"cap","json":"Cap","type":{"kind":"u16"}},
   {"name":"tail","json":"Tail","type":{"kind":"u8"}}]}]},
 {"name":"b","title":"B","kind":"account","versions":[{"id":"v0","fields":[{"name":"x","json":"X","type":{"kind":"u8"}}]}]}],
 "sdks":[{"id":"go","name":"Go","enums":{},"readers":{"a":{"first_version":"v1","defaults":{"cap":1},
  "retyped":{"flags":{"kind":"u8"}},"stops_before":"tail","lacks":["gone"]}}}]}`

func TestReaderFacts(t *testing.T) {
	s, err := Parse([]byte(factLayouts))
	if err != nil {
		t.Fatal(err)
	}
	sess := s.NewSession()
	cases := []struct{ request, want string }{
		{"a@v0\t07", `{"error":{"class":"NoReader","message":"the Go SDK has no reader for A"}}`},
		{"b@v0\t07", `{"error":{"class":"NoReader","message":"the Go SDK has no reader for B"}}`},
		// gone is not read, flags is one byte, cap reads its two bytes, tail is never reached.
		{"a@v1\t0102030405ff", `{"ok":{"x":1,"flags":2,"cap":1027}}`},
		// cap's bytes are missing: the SDK's default, not 0.
		{"a@v1\t0102", `{"ok":{"x":1,"flags":2,"cap":1}}`},
		{"a@v1\t010203", `{"ok":{"x":1,"flags":2,"cap":1}}`},
	}
	for _, c := range cases {
		if got := string(sess.Answer([]byte(c.request))); got != c.want {
			t.Errorf("%s: got %s, want %s", c.request, got, c.want)
		}
	}
}
