package reader

import "strconv"

// panicLabel is what the contract prints where the SDK's String() panics.
const panicLabel = "<panic>"

// goEnum is the Go SDK type of one program enum, from the "go" entry of layouts.json's sdks.
type goEnum struct {
	goName   string
	labels   map[uint8]string // String() for the values of its table
	unlisted string           // what String() does for any other value: label, type_name or panic
	fallback string           // the label of unlisted "label"
}

// Label is what String() gives for v, or panicLabel where it panics.
func (e *goEnum) Label(v uint8) string {
	if label, ok := e.labels[v]; ok {
		return label
	}
	switch e.unlisted {
	case "label":
		return e.fallback
	case "type_name":
		return e.goName + "(" + strconv.Itoa(int(v)) + ")"
	}
	return panicLabel
}

// rendered holds the JSON form of every byte value, built once so that decoding stays cheap.
type renderedEnum [256][]byte

func (e *goEnum) render() *renderedEnum {
	var out renderedEnum
	for v := 0; v < 256; v++ {
		b := append([]byte(`{"value":`), strconv.Itoa(v)...)
		b = append(b, `,"label":`...)
		out[v] = append(appendJSONString(b, e.Label(uint8(v))), '}')
	}
	return &out
}
