// The edit page's heartbeat: says every few seconds that this editor has the item open, shows who
// else has, and warns when someone saved a newer version than the one in this form.
export function enhancePresence(notice) {
  const id = notice.dataset.presence;
  const basedOn = Number(notice.dataset.basedOn || 0);
  const others = notice.querySelector("[data-presence-others]");
  const newer = notice.querySelector("[data-presence-newer]");
  const beat = async () => {
    try {
      const response = await fetch(`/cms/presence/${id}`, { method: "POST", credentials: "same-origin" });
      if (!response.ok) return;
      const state = await response.json();
      others.textContent = state.others.length
        ? `${state.others.join("、")} 也打开了此内容。两人都保存时，后保存的一方会被拒绝，不会覆盖对方的修改。`
        : "";
      newer.hidden = !(state.latestVersion > basedOn);
      if (!newer.hidden) {
        newer.textContent = ` 有人刚保存了第 ${state.latestVersion} 版：您现在保存会被拒绝，请先复制您的修改，再打开最新版本。`;
      }
      notice.hidden = !state.others.length && newer.hidden;
    } catch {
      // Offline for a moment: the next beat tries again.
    }
  };
  setInterval(beat, Number(notice.dataset.interval || 15000));
  // Saving, publishing or scheduling reloads this same item: that is staying, not leaving. Without
  // this a late "leave" could land after the reloaded page said it is here again.
  let staying = false;
  document.addEventListener("submit", () => (staying = true));
  window.addEventListener("pagehide", () => staying || navigator.sendBeacon(`/cms/presence/${id}/leave`));
}
