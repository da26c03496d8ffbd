import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler'
import fs from 'node:fs'
import { createRequire } from 'node:module'
const require = createRequire(import.meta.url)
const f = (s) => fs.readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${s}/NotoSans_${s}.ttf`))
const c = NodeCompiler.create({ workspace: '/tmp/typ', fontArgs: [{ fontBlobs: [f('400Regular')] }] })
const r = c.compile({ mainFileContent: '#set text(font: "Noto Sans", fallback: false)\n漢字 ok\n#text(font: "Libertinus Serif")[x]\n#raw("code")', inputs: {} })
const w = r.takeWarnings(); console.log(w && c.fetchDiagnostics(w))
const d = r.takeDiagnostics(); console.log(d && c.fetchDiagnostics(d))
fs.writeFileSync('/tmp/typ/tofu.pdf', c.pdf(r.result))
