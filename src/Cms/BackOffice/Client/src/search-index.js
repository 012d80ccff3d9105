// The search screen: while the index is rebuilt, asks every half second how far it has come and
// copies the server's words into the page. Without it the page reloads itself (<noscript> refresh).
const Interval = 500;

export function enhanceSearchIndex(panel) {
  const url = panel.dataset.searchIndex;
  const field = (name) => panel.querySelector(`[data-field="${name}"]`);
  const button = document.querySelector("[data-rebuild]");

  const show = (index) => {
    for (const name of ["ready", "state", "startedText", "finishedText", "error"]) {
      field(name).textContent = index[name] ?? "";
    }
    field("percent").value = index.percent;
    field("percent").textContent = `${index.percent}%`;
    field("percentText").textContent = `${index.percent}%`;
    panel.querySelector('[data-row="error"]').hidden = !index.error;
    button.disabled = index.running;
  };

  const follow = async () => {
    try {
      const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
      if (response.ok) {
        const index = await response.json();
        show(index);
        if (!index.running) return;
      }
    } catch {
      // Offline for a moment: the next poll tries again.
    }
    setTimeout(follow, Interval);
  };

  if (panel.dataset.running === "true") follow();
}
