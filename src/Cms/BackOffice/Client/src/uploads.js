// Uploads the chosen files one at a time with a progress bar each, and reports each file's fate.
// Without this script the form posts all files at once and the page lists the results.
export function enhanceUploads(form) {
  const input = form.querySelector('input[type="file"]');
  const list = form.querySelector("[data-upload-progress]");
  const token = form.querySelector('input[name="__RequestVerificationToken"]').value;
  form.addEventListener("submit", async (event) => {
    if (!input.files.length) return;
    event.preventDefault();
    list.replaceChildren();
    const stored = [];
    for (const file of input.files) {
      const item = document.createElement("li");
      const label = document.createElement("span");
      label.textContent = file.name;
      const bar = document.createElement("progress");
      bar.max = 100;
      bar.value = 0;
      bar.setAttribute("aria-label", `${file.name} 上传进度`);
      const outcome = document.createElement("span");
      item.append(label, bar, outcome);
      list.append(item);
      const result = await send(file, token, form.action, (percent) => (bar.value = percent));
      bar.value = 100;
      if (result.id) {
        stored.push(result.id);
        outcome.textContent = "已上传";
      } else {
        item.classList.add("bo-problem");
        outcome.textContent = result.problem || "上传失败";
      }
    }
    if (stored.length) {
      const done = document.createElement("li");
      const link = document.createElement("a");
      link.href = `/cms/media?uploaded=${stored.join(",")}`;
      link.textContent = "查看已上传的文件并填写替代文本";
      done.append(link);
      list.append(done);
      if (stored.length === input.files.length) window.location.assign(link.href);
    }
  });
}

function send(file, token, action, progress) {
  return new Promise((resolve) => {
    const data = new FormData();
    data.append("__RequestVerificationToken", token);
    data.append("files", file);
    const request = new XMLHttpRequest();
    request.open("POST", action);
    request.setRequestHeader("Accept", "application/json");
    request.upload.addEventListener("progress", (e) => e.lengthComputable && progress(Math.round((e.loaded / e.total) * 100)));
    request.addEventListener("load", () => {
      try {
        resolve(JSON.parse(request.responseText)[0] || {});
      } catch {
        resolve({ problem: `服务器返回 ${request.status}` });
      }
    });
    request.addEventListener("error", () => resolve({ problem: "网络错误，请重试。" }));
    request.send(data);
  });
}
