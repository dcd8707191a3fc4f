package reader

// memoryModel is `limits.go` of layouts.json (docs/reader-contract.md §3): what the Go runtime's lists
// cost and how much the process may take before it dies.
type memoryModel struct {
	Budget  uint64 `json:"memory_budget_bytes"`
	Element uint64 `json:"element_bytes"`
	Rebuilt uint64 `json:"rebuilt_element_bytes"`
	Segment uint64 `json:"segment_bytes"`
	Growth  string `json:"growth"`
}

// allocation is Go's rounding of an allocation above 32 KiB up to whole 8 KiB pages.
func allocation(bytes uint64) uint64 {
	if bytes > 32768 {
		return (bytes + 8191) / 8192 * 8192
	}
	return bytes
}

// appendedList is the slice a loop of n appends leaves (Go 1.19 growslice: double below 256, then
// cap += (cap+768)/4, each allocation rounded by allocation).
func (m *memoryModel) appendedList(n uint64) uint64 {
	var c uint64
	for c < n {
		want := c + (c+768)/4
		if c < 256 {
			want = 2 * c
			if want == 0 {
				want = 1
			}
		}
		c = allocation(want*m.Element) / m.Element
	}
	return c * m.Element
}

// rebuiltList is make([]Interface, n).
func (m *memoryModel) rebuiltList(n uint64) uint64 { return allocation(n * m.Rebuilt) }

// segmentCapacity is make([]FlexAlgoNodeSegment, 0, n).
func (m *memoryModel) segmentCapacity(n uint64) uint64 { return allocation(n * m.Segment) }

// charge adds an allocation to the decode; past the budget the process dies, having needed the total.
func (d *decoder) charge(bytes uint64) bool {
	if d.fatal != "" {
		return false
	}
	d.live += bytes
	if d.live > d.mem.Budget {
		d.fatal, d.needed = fatalOOM, d.live
		return false
	}
	return true
}
