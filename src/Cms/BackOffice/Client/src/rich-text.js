// Turns a <textarea data-rich-text> holding HTML into a Tiptap editor with a small toolbar. The
// textarea stays in the form and is kept up to date, so the form posts HTML as before; the
// server sanitizes it on every save whatever arrives.
import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";

const zh = document.documentElement.lang !== "en";

const buttons = [
  { label: zh ? "加粗" : "Bold", text: "B", run: (c) => c.toggleBold(), active: (e) => e.isActive("bold") },
  { label: zh ? "斜体" : "Italic", text: "I", run: (c) => c.toggleItalic(), active: (e) => e.isActive("italic") },
  { label: zh ? "二级标题" : "Heading 2", text: "H2", run: (c) => c.toggleHeading({ level: 2 }), active: (e) => e.isActive("heading", { level: 2 }) },
  { label: zh ? "三级标题" : "Heading 3", text: "H3", run: (c) => c.toggleHeading({ level: 3 }), active: (e) => e.isActive("heading", { level: 3 }) },
  { label: zh ? "项目列表" : "Bulleted list", text: "•", run: (c) => c.toggleBulletList(), active: (e) => e.isActive("bulletList") },
  { label: zh ? "编号列表" : "Numbered list", text: "1.", run: (c) => c.toggleOrderedList(), active: (e) => e.isActive("orderedList") },
  { label: zh ? "引用" : "Quote", text: "❝", run: (c) => c.toggleBlockquote(), active: (e) => e.isActive("blockquote") },
  { label: zh ? "链接" : "Link", text: zh ? "链接" : "Link", run: link, active: (e) => e.isActive("link") },
  { label: zh ? "撤销" : "Undo", text: "↶", run: (c) => c.undo() },
  { label: zh ? "重做" : "Redo", text: "↷", run: (c) => c.redo() },
];

function link(chain, editor) {
  const current = editor.getAttributes("link").href || "";
  const href = window.prompt(zh ? "链接地址（留空则移除链接）" : "Link address (empty removes the link)", current);
  if (href === null) return chain;
  return href.trim() === "" ? chain.extendMarkRange("link").unsetLink() : chain.extendMarkRange("link").setLink({ href: href.trim() });
}

export function enhanceRichText(textarea) {
  const wrapper = document.createElement("div");
  wrapper.className = "rich-text-editor";
  const toolbar = document.createElement("div");
  toolbar.className = "rich-text-toolbar";
  toolbar.setAttribute("role", "toolbar");
  toolbar.setAttribute("aria-label", (zh ? "格式：" : "Format: ") + (textarea.labels[0]?.textContent.trim() || ""));
  const surface = document.createElement("div");
  surface.className = "rich-text-surface";
  wrapper.append(toolbar, surface);
  textarea.after(wrapper);
  textarea.hidden = true;

  const editor = new Editor({
    element: surface,
    extensions: [StarterKit.configure({ link: { openOnClick: false, autolink: true } })],
    content: textarea.value,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": textarea.labels[0]?.textContent.trim() || "",
        ...(textarea.id ? { "aria-describedby": textarea.getAttribute("aria-describedby") || "" } : {}),
      },
    },
    onUpdate: ({ editor: e }) => {
      textarea.value = e.isEmpty ? "" : e.getHTML();
    },
  });

  const rendered = buttons.map((b) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = b.text;
    button.title = b.label;
    // The accessible name includes what the button shows (WCAG 2.5.3): "二级标题 H2".
    button.setAttribute("aria-label", b.text === b.label ? b.label : `${b.label} ${b.text}`);
    button.addEventListener("click", () => b.run(editor.chain().focus(), editor).run());
    toolbar.append(button);
    return { button, b };
  });
  const refresh = () => rendered.forEach(({ button, b }) => b.active && button.setAttribute("aria-pressed", String(b.active(editor))));
  editor.on("selectionUpdate", refresh);
  editor.on("transaction", refresh);
  refresh();
}
