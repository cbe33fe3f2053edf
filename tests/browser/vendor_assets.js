// Copies the few npm files the portal uses out of node_modules (git-ignored) into the checkout:
// the font subsets and licences into static, and the test-only axe-core build beside the tests.
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..", "..");
const fonts = path.join(root, "network", "static", "network", "fonts");
const copies = [];
for (const weight of ["400", "700"]) {
  copies.push(["@fontsource/ibm-plex-sans-arabic/files", `ibm-plex-sans-arabic-arabic-${weight}-normal.woff2`, fonts]);
  for (const subset of ["latin", "latin-ext"]) {
    copies.push(["@fontsource/source-sans-3/files", `source-sans-3-${subset}-${weight}-normal.woff2`, fonts]);
  }
}
copies.push(["@fontsource/ibm-plex-sans-arabic", "LICENSE", fonts, "LICENSE-ibm-plex-sans-arabic.txt"]);
copies.push(["@fontsource/source-sans-3", "LICENSE", fonts, "LICENSE-source-sans-3.txt"]);
copies.push(["axe-core", "axe.min.js", path.join(root, "tests", "browser", "vendor")]);
copies.push(["axe-core", "LICENSE", path.join(root, "tests", "browser", "vendor"), "LICENSE-axe-core.txt"]);

for (const [dir, name, target, rename] of copies) {
  fs.mkdirSync(target, { recursive: true });
  fs.copyFileSync(path.join(root, "node_modules", dir, name), path.join(target, rename || name));
  console.log(`${dir}/${name} -> ${path.relative(root, path.join(target, rename || name))}`);
}
