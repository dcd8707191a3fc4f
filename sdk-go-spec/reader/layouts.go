package reader

import (
	"encoding/json"
	"fmt"
	"os"
)

// The layouts.json schema (docs/reader-contract.md §1). Keys the Go SDK model has no use for
// (titles, commits, defaults, on_error, the enums' Rust values) are not declared.
type jsonFile struct {
	Schema string `json:"schema"`
	Limits struct {
		Go *memoryModel `json:"go"`
	} `json:"limits"`
	Accounts []struct {
		Name     string `json:"name"`
		Title    string `json:"title"`
		Kind     string `json:"kind"`
		Versions []struct {
			ID     string      `json:"id"`
			Fields []jsonField `json:"fields"`
			Rules  []jsonRule  `json:"rules"`
		} `json:"versions"`
	} `json:"accounts"`
	SDKs []struct {
		ID      string                `json:"id"`
		Name    string                `json:"name"`
		Enums   map[string]jsonEnum   `json:"enums"`
		Readers map[string]jsonReader `json:"readers"`
	} `json:"sdks"`
}

// jsonEnum is how an SDK holds a program enum.
type jsonEnum struct {
	Form     string               `json:"form"` // "number" or "labelled"
	Type     string               `json:"type"`
	Labels   [][2]json.RawMessage `json:"labels"`
	Unlisted struct {
		Kind  string `json:"kind"`
		Label string `json:"label"`
	} `json:"unlisted"`
}

// jsonReader is an SDK's reader of one account: where it differs from the program's layout.
type jsonReader struct {
	FirstVersion string               `json:"first_version"`
	Defaults     map[string]uint64    `json:"defaults"`
	Retyped      map[string]*jsonType `json:"retyped"`
	StopsBefore  string               `json:"stops_before"`
	Lacks        []string             `json:"lacks"`
	Halves       []string             `json:"halves"`
	UnknownTags  map[string]uint8     `json:"unknown_tags"`
}

type jsonField struct {
	Name        string    `json:"name"`
	JSON        string    `json:"json"`
	JSONElement string    `json:"json_element"`
	Type        *jsonType `json:"type"`
}

type jsonType struct {
	Kind     string      `json:"kind"`
	Enum     string      `json:"enum"`
	Element  *jsonType   `json:"element"`
	Fields   []jsonField `json:"fields"`
	MinSize  uint32      `json:"min_size"`
	Version  uint8       `json:"version"`
	Variants []struct {
		Tag    uint8       `json:"tag"`
		Fields []jsonField `json:"fields"`
	} `json:"variants"`
}

type jsonRule struct {
	Rule     string `json:"rule"`
	Legacy   string `json:"legacy"`
	Trailing string `json:"trailing"`
}

const schemaID = "dzcompat-layouts/1"

// Kind is a compiled wire type.
type Kind int

const (
	KU8 Kind = iota
	KU16
	KU32
	KU64
	KU128
	KI64
	KF64
	KBool
	KPubkey
	KIPv4
	KNetworkV4
	KString
	KEnum
	KVec
	KStruct
	KTagged
	KSized
)

var scalarKinds = map[string]struct {
	kind  Kind
	width int
}{
	"u8": {KU8, 1}, "u16": {KU16, 2}, "u32": {KU32, 4}, "u64": {KU64, 8}, "u128": {KU128, 16},
	"i64": {KI64, 8}, "f64": {KF64, 8}, "bool": {KBool, 1}, "pubkey": {KPubkey, 32}, "ipv4": {KIPv4, 4},
	"networkv4": {KNetworkV4, 5}, "string": {KString, 0}, "enum": {KEnum, 1},
}

// Type is a compiled layouts.json TYPE.
type Type struct {
	Kind     Kind
	Width    int           // wire width of a fixed-width type, 0 when variable
	def      uint64        // the SDK's value when the bytes are missing (ReadU16OrDefault), else 0
	halves   bool          // u128 read as two ReadU64s, low then high (Permission): N low, N2 high
	unknown  int           // tagged: the tag reported when no variant has the one read; -1: as read
	enum     *renderedEnum // nil: the Go field is a bare uint8
	Elem     *Type         // vec
	Fields   []Field       // struct and sized fields; tagged: the union, in output order
	variants [256]*variant // tagged; nil = unknown tag
	minSize  uint32        // tagged, variable-width struct: Go's legacy-count guard factor
	version  uint8         // sized: the version a rebuilt copy gets
	rebuild  []int         // sized, as a trailing list: for each field, its index in the legacy union or -1
}

type variant struct {
	fields []Field
	slot   []int // index of each body field in the union, -1 when the union does not list it
}

// vecRule is the Go loop that reads a vec, chosen by where the vec sits (docs/readers.md §2.2, §3.3).
type vecRule int

const (
	vecNone     vecRule = iota // not a vec
	vecPlain                   // ReadPubkeySlice / ReadNetworkV4Slice / ReadIPv4Slice
	vecLegacy                  // Device interface list (tagged or variable-width struct): count guard
	vecTrailing                // Device trailing sized list: rebuild or length check
	vecDiscard                 // legacy V3 segments: unguarded loop, thrown away
	vecCapacity                // sized-element segments: capacity up front, stop below one element
)

// Field is a compiled layouts.json FIELD.
type Field struct {
	Name        string
	JSON        string // upstream fixture name (`TunnelNet`, `Interfaces` → `InterfacesLen`)
	JSONElement string // upstream fixture prefix of a vec's elements (`Interface` → `Interface0Name`)
	key         []byte // `"name":`
	Type        *Type
	vec         vecRule
}

// where a field list sits decides how its vecs are read.
type context int

const (
	ctxAccount context = iota
	ctxVariant
	ctxSized
	ctxStruct
)

// Layout is one `<account>@<version>`.
type Layout struct {
	Name        string
	Kind        string // "account" or "instruction"
	Fields      []Field
	Unsupported string // non-empty: every request gets this as an Unsupported error
	NoReader    string // non-empty: the Go SDK has no reader for this layout; every request gets this
	device      bool   // Go's Device struct carries DeserializeError
}

// Set is a loaded layouts.json.
type Set struct {
	Layouts map[string]*Layout
	memory  memoryModel
	enums   map[string]*goEnum // the Go SDK's labelled enum types, by program enum name
}

// Load reads and compiles a layouts.json file.
func Load(path string) (*Set, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(raw)
}

// Parse compiles layouts.json bytes. A layout the model cannot read is kept with Unsupported set, so
// that one odd layout does not take the others down.
func Parse(raw []byte) (*Set, error) {
	var f jsonFile
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("layouts: %v", err)
	}
	if f.Schema != schemaID {
		return nil, fmt.Errorf("layouts: schema %q, want %q", f.Schema, schemaID)
	}
	if m := f.Limits.Go; m == nil || m.Budget == 0 || m.Element == 0 || m.Rebuilt == 0 || m.Segment == 0 || m.Growth != "go_append" {
		return nil, fmt.Errorf("layouts: limits.go missing or incomplete (memory_budget_bytes, element_bytes, rebuilt_element_bytes, segment_bytes, growth go_append)")
	}
	sdk := -1
	for i := range f.SDKs {
		if f.SDKs[i].ID == "go" {
			sdk = i
		}
	}
	if sdk < 0 {
		return nil, fmt.Errorf("layouts: no sdks entry with id \"go\"")
	}
	c, err := newCompiler(f.SDKs[sdk].Enums)
	if err != nil {
		return nil, err
	}
	s := &Set{Layouts: map[string]*Layout{}, memory: *f.Limits.Go, enums: c.labels}
	for _, a := range f.Accounts {
		reader, hasReader := f.SDKs[sdk].Readers[a.Name]
		reads := hasReader && reader.FirstVersion == ""
		for _, v := range a.Versions {
			l := &Layout{Name: a.Name + "@" + v.ID, Kind: a.Kind, device: a.Name == "device"}
			reads = reads || hasReader && v.ID == reader.FirstVersion
			if !reads {
				l.NoReader = "the " + f.SDKs[sdk].Name + " SDK has no reader for " + a.Title
			} else if err := l.compile(c, reader.walked(v.Fields), v.Rules, reader); err != nil {
				l.Unsupported = l.Name + ": " + err.Error()
			}
			s.Layouts[l.Name] = l
		}
	}
	return s, nil
}

// walked is the field list the SDK's reader walks: it stops before one field, lacks others, and reads
// some as another type.
func (r jsonReader) walked(fields []jsonField) []jsonField {
	out := make([]jsonField, 0, len(fields))
	for _, f := range fields {
		if f.Name == r.StopsBefore {
			break
		}
		if contains(r.Lacks, f.Name) {
			continue
		}
		if t := r.Retyped[f.Name]; t != nil {
			f.Type = t
		}
		out = append(out, f)
	}
	return out
}

func contains(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}

// compiler turns layouts.json types into Types with the Go SDK's enum types.
type compiler struct {
	enums  map[string]*renderedEnum // nil entry: a bare uint8
	labels map[string]*goEnum
}

func newCompiler(enums map[string]jsonEnum) (*compiler, error) {
	c := &compiler{enums: map[string]*renderedEnum{}, labels: map[string]*goEnum{}}
	for name, j := range enums {
		switch j.Form {
		case "number":
			c.enums[name] = nil
		case "labelled":
			e := &goEnum{goName: j.Type, labels: map[uint8]string{}, unlisted: j.Unlisted.Kind, fallback: j.Unlisted.Label}
			for _, pair := range j.Labels {
				var v uint8
				var label string
				if json.Unmarshal(pair[0], &v) != nil || json.Unmarshal(pair[1], &label) != nil {
					return nil, fmt.Errorf("layouts: sdks go enum %s: a label is not [value, text]", name)
				}
				e.labels[v] = label
			}
			c.enums[name] = e.render()
			c.labels[name] = e
		default:
			return nil, fmt.Errorf("layouts: sdks go enum %s: unknown form %q", name, j.Form)
		}
	}
	return c, nil
}

func (l *Layout) compile(c *compiler, fields []jsonField, rules []jsonRule, reader jsonReader) error {
	var err error
	if l.Fields, err = c.fields(fields, ctxAccount); err != nil {
		return err
	}
	for i := range l.Fields {
		f := &l.Fields[i]
		def, hasDefault := reader.Defaults[f.Name]
		tag, hasTag := reader.UnknownTags[f.Name]
		halves := contains(reader.Halves, f.Name)
		if !hasDefault && !hasTag && !halves {
			continue
		}
		t := *f.Type
		switch {
		case hasDefault && t.Width == 0:
			return fmt.Errorf("field %s: a default on a variable-width field", f.Name)
		case hasTag && t.Kind != KTagged:
			return fmt.Errorf("field %s: an unknown-tag value on a field that is not tagged", f.Name)
		case halves && t.Kind != KU128:
			return fmt.Errorf("field %s: halves on a field that is not a u128", f.Name)
		}
		t.def, t.halves = def, halves
		if hasTag {
			t.unknown = int(tag)
		}
		f.Type = &t
	}
	trailingAt := -1
	for _, r := range rules {
		if r.Rule != "rebuild_interfaces" {
			return fmt.Errorf("unknown rule %q", r.Rule)
		}
		legacy, trailing := fieldIndex(l.Fields, r.Legacy), fieldIndex(l.Fields, r.Trailing)
		if legacy < 0 || trailing < legacy || l.Fields[legacy].vec != vecLegacy ||
			l.Fields[trailing].Type.Kind != KVec || l.Fields[trailing].Type.Elem.Kind != KSized {
			return fmt.Errorf("rule rebuild_interfaces needs a tagged list %q before a sized list %q", r.Legacy, r.Trailing)
		}
		trailingAt = trailing
		t := l.Fields[trailing]
		elem, err := withRebuild(t.Type.Elem, l.Fields[legacy].Type.Elem)
		if err != nil {
			return err
		}
		t.Type = &Type{Kind: KVec, Elem: elem}
		l.Fields[trailing] = t
	}
	for i, f := range l.Fields {
		if f.vec == vecTrailing && i != trailingAt {
			return fmt.Errorf("field %s: a sized list is only read as the rebuild_interfaces trailing list", f.Name)
		}
	}
	return nil
}

// withRebuild gives a copy of the sized element type that knows where each field sits in a legacy
// element, for rebuilding the trailing list from the legacy one.
func withRebuild(sized, legacy *Type) (*Type, error) {
	c := *sized
	c.rebuild = make([]int, len(sized.Fields))
	for i, f := range sized.Fields {
		j := fieldIndex(legacy.Fields, f.Name)
		if j >= 0 && legacy.Fields[j].Type.Kind != f.Type.Kind {
			return nil, fmt.Errorf("interface field %s has different types in the two lists", f.Name)
		}
		c.rebuild[i] = j
	}
	return &c, nil
}

func fieldIndex(fs []Field, name string) int {
	for i, f := range fs {
		if f.Name == name {
			return i
		}
	}
	return -1
}

func (c *compiler) fields(js []jsonField, ctx context) ([]Field, error) {
	out := make([]Field, len(js))
	for i, jf := range js {
		if jf.Type == nil {
			return nil, fmt.Errorf("field %s: no type", jf.Name)
		}
		var t *Type
		var err error
		if jf.Type.Kind == "tagged" && ctx == ctxAccount {
			// An enum with payloads as an account field: its bodies are read like account fields.
			t, err = c.compileTagged(jf.Type, ctxAccount)
		} else {
			t, err = c.compileType(jf.Type)
		}
		if err != nil {
			return nil, fmt.Errorf("field %s: %v", jf.Name, err)
		}
		f := Field{Name: jf.Name, JSON: jf.JSON, JSONElement: jf.JSONElement, key: append(appendJSONString(nil, jf.Name), ':'), Type: t}
		if f.JSONElement == "" {
			f.JSONElement = f.JSON
		}
		if t.Kind == KVec {
			if f.vec, err = vecRuleFor(t.Elem, ctx); err != nil {
				return nil, fmt.Errorf("field %s: %v", jf.Name, err)
			}
		} else if (t.Kind == KTagged && ctx != ctxAccount) || t.Kind == KSized {
			return nil, fmt.Errorf("field %s: a %s element outside a list", jf.Name, jf.Type.Kind)
		}
		out[i] = f
	}
	return out, nil
}

func vecRuleFor(elem *Type, ctx context) (vecRule, error) {
	switch {
	case ctx == ctxAccount && (elem.Kind == KTagged || elem.Kind == KStruct && elem.Width == 0):
		return vecLegacy, nil
	case ctx == ctxAccount && elem.Kind == KSized:
		return vecTrailing, nil // Layout.compile refuses it unless a rule names it
	case elem.Width == 0:
		return 0, fmt.Errorf("a list of variable-width elements outside the Device interface lists")
	case ctx == ctxAccount:
		return vecPlain, nil
	case ctx == ctxVariant:
		return vecDiscard, nil
	case ctx == ctxSized:
		return vecCapacity, nil
	}
	return 0, fmt.Errorf("a list nested in a list element")
}

func (c *compiler) compileType(j *jsonType) (*Type, error) {
	if s, ok := scalarKinds[j.Kind]; ok {
		t := &Type{Kind: s.kind, Width: s.width}
		if s.kind == KEnum {
			e, known := c.enums[j.Enum]
			if !known {
				return nil, fmt.Errorf("enum %q has no Go SDK type in this reader", j.Enum)
			}
			t.enum = e
		}
		return t, nil
	}
	var err error
	switch j.Kind {
	case "vec":
		if j.Element == nil {
			return nil, fmt.Errorf("vec without element")
		}
		t := &Type{Kind: KVec}
		t.Elem, err = c.compileType(j.Element)
		return t, err
	case "struct":
		t := &Type{Kind: KStruct}
		if t.Fields, err = c.fields(j.Fields, ctxStruct); err != nil {
			return nil, err
		}
		// The guard factor of a struct list (pre-tag Device interfaces) is its smallest encoding: a
		// variable-width field takes at least its 4-byte length.
		width, fixed := 0, true
		for _, f := range t.Fields {
			if f.Type.Width == 0 {
				fixed = false
				width += 4
			} else {
				width += f.Type.Width
			}
		}
		if fixed {
			t.Width = width
		} else {
			t.minSize = uint32(width)
		}
		return t, nil
	case "sized":
		t := &Type{Kind: KSized, version: j.Version}
		t.Fields, err = c.fields(j.Fields, ctxSized)
		return t, err
	case "tagged":
		return c.compileTagged(j, ctxVariant)
	}
	return nil, fmt.Errorf("type %q is not read by the Go SDK", j.Kind)
}

// compileTagged compiles a tagged type whose bodies sit at ctx: a legacy interface (ctxVariant) or
// an account field (ctxAccount).
func (c *compiler) compileTagged(j *jsonType, ctx context) (*Type, error) {
	t := &Type{Kind: KTagged, minSize: j.MinSize, unknown: -1}
	var err error
	if t.Fields, err = c.fields(j.Fields, ctx); err != nil {
		return nil, err
	}
	for _, jv := range j.Variants {
		v := &variant{}
		if v.fields, err = c.fields(jv.Fields, ctx); err != nil {
			return nil, err
		}
		v.slot = make([]int, len(v.fields))
		for i, f := range v.fields {
			v.slot[i] = fieldIndex(t.Fields, f.Name)
		}
		t.variants[jv.Tag] = v
	}
	return t, nil
}
