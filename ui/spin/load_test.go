package spin

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"whosaid/articles"
	"whosaid/model"
)

func server(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/slow.html", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	mux.HandleFunc("/page.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><head><title>Summit</title></head><body><article><p>“Next time in Moscow,” Putin said to Trump in English as they wrapped up.</p></article></body></html>`)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func run(t *testing.T, source string) *teatest.TestModel {
	return teatest.NewTestModel(t, newLoader(source, articles.FetchOptions{}), teatest.WithInitialTermSize(80, 5))
}

func TestSpinnerSaysWhatIsHappeningAndCtrlCCancels(t *testing.T) {
	srv := server(t)
	tm := run(t, srv.URL+"/slow.html")
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("connecting to 127.0.0.1")) && bytes.Contains(b, []byte("ctrl+c cancels"))
	}, teatest.WithDuration(10*time.Second))
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
	m := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(loader)
	if !m.canceled {
		t.Error("ctrl+c did not cancel the fetch")
	}
}

func TestSpinnerEndsWithTheDocument(t *testing.T) {
	srv := server(t)
	tm := run(t, srv.URL+"/page.html")
	m := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(loader)
	doc, _ := m.result.Result.(model.Document)
	if m.result.Err != nil || doc.Title != "Summit" || len(doc.Paragraphs) != 1 {
		t.Errorf("got %+v, %v; want the page's one paragraph titled Summit", doc, m.result.Err)
	}
}
