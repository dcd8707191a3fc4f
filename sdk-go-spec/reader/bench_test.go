package reader

import (
	"encoding/hex"
	"testing"
)

func BenchmarkAnswerDevice(b *testing.B) {
	set := loadSet(b)
	line := []byte(latest(b, set, "device") + "\t" + hex.EncodeToString(readReference(b, "device.bin")))
	sess := set.NewSession()
	for i := 0; i < b.N; i++ {
		sess.Answer(line)
	}
}
