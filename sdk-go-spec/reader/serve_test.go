package reader

import (
	"bufio"
	"bytes"
	"io"
	"strings"
	"testing"
	"time"
)

func TestServeBatch(t *testing.T) {
	s := loadSet(t)
	user := latest(t, s, "user")
	in := strings.Join([]string{
		user + "\t07",
		user + "\t07\r",
		"no tab here",
		"",
		"user@v999\t07",
		user + "\tzz",
		user + "\t070",
		"set_user_bgp_status@v1\t01",
		user + "\t",   // empty hex: an empty account
		user + "\t07", // last line without a newline
	}, "\n")
	var out bytes.Buffer
	if err := s.Serve(strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	want := []string{`{"ok"`, `{"ok"`, `{"fatal":"bad request: expected <layout><TAB><hex>"}`,
		`{"fatal":"bad request: expected <layout><TAB><hex>"}`, `{"fatal":"bad request: unknown layout \"user@v999\""}`,
		`{"fatal":"bad request: encoding/hex: invalid byte`, `{"fatal":"bad request: encoding/hex: odd length hex string"}`,
		`{"error":{"class":"NoReader"`, `{"ok":{"account_type":0,`, `{"ok":{"account_type":7,`}
	if len(lines) != len(want) {
		t.Fatalf("%d answers for %d lines:\n%s", len(lines), len(want), out.String())
	}
	for i := range want {
		if !strings.HasPrefix(lines[i], want[i]) {
			t.Errorf("line %d: got %s, want prefix %s", i, lines[i], want[i])
		}
	}
	if lines[0] != lines[1] || lines[0] != lines[9] {
		t.Error("the same request gave different answers")
	}
}

// A caller that waits for each answer before sending the next line must get it.
func TestServeAnswersEachLineBeforeMoreInput(t *testing.T) {
	s := loadSet(t)
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() { done <- s.Serve(inR, outW); outW.Close() }()
	answers := bufio.NewReader(outR)
	for i := 0; i < 3; i++ {
		if _, err := io.WriteString(inW, latest(t, s, "user")+"\t07\n"); err != nil {
			t.Fatal(err)
		}
		got := make(chan string, 1)
		go func() { line, _ := answers.ReadString('\n'); got <- line }()
		select {
		case line := <-got:
			if !strings.HasPrefix(line, `{"ok"`) {
				t.Fatalf("answer %d: %s", i, line)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("no answer to line %d while input stays open", i)
		}
	}
	inW.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func TestAnswerStaysValidJSON(t *testing.T) {
	out := loadSet(t).NewSession().Answer([]byte("us\xffer\"\x01\t00"))
	if want := `{"fatal":"bad request: unknown layout \"us\ufffder\"\u0001\""}`; string(out) != want {
		t.Errorf("got %s, want %s", out, want)
	}
}
