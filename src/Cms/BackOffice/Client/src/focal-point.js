// Sets an image's focal point by clicking it: the marker moves and the two percentage fields follow.
// Without this script the fields are typed in directly.
export function enhanceFocalPoint(area) {
  const image = area.querySelector("img");
  const marker = area.querySelector(".bo-focal-marker");
  const form = area.closest("form");
  const x = form.querySelector('input[name="focalX"]');
  const y = form.querySelector('input[name="focalY"]');
  const place = () => {
    marker.style.left = `${x.value}%`;
    marker.style.top = `${y.value}%`;
  };
  image.style.cursor = "crosshair";
  image.addEventListener("click", (event) => {
    const box = image.getBoundingClientRect();
    x.value = (((event.clientX - box.left) / box.width) * 100).toFixed(1);
    y.value = (((event.clientY - box.top) / box.height) * 100).toFixed(1);
    place();
  });
  x.addEventListener("input", place);
  y.addEventListener("input", place);
}
