// The import rules of docs/ARCHITECTURE.md as a check over the import graph: floors inside
// src/core, pages of the renderer, and no loops anywhere. Run by architecture.test.ts.
import path from 'node:path';
import floors from './floors.json';
import { findImportLoops, listSourceFiles, readImportGraph, type ImportEdge } from './import-graph';

export interface Violation {
  from: string;
  to: string;
  rule: string;
}

interface CoreRank {
  folder: string;
  floor: string;
  /** Position from the ground up; domains are ranked one by one in their listed order. */
  rank: number;
}

const coreRanks: CoreRank[] = floors.core.flatMap(({ floor, folders }, floorIndex) =>
  folders.map((folder, i) => ({ folder, floor, rank: floorIndex * 100 + (floor === 'domains' ? i : 0) })),
);

function coreRankOf(relFromSrc: string): CoreRank | null {
  const [top, folder] = relFromSrc.split('/');
  if (top !== 'core' || !folder) return null;
  return coreRanks.find((r) => r.folder === folder) ?? { folder, floor: 'unlisted', rank: -1 };
}

function pageOf(relFromSrc: string): string | null {
  const parts = relFromSrc.split('/');
  return parts[0] === 'renderer' && parts[1] === floors.renderer.pages ? (parts[2] ?? null) : null;
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/** Every arrow that breaks a floor rule. Tests may import anything (they sit above every floor). */
export function floorViolations(edges: readonly ImportEdge[], srcRoot: string): Violation[] {
  const out: Violation[] = [];
  for (const edge of edges) {
    if (isTest(edge.from)) continue;
    const from = path.relative(srcRoot, edge.from).split(path.sep).join('/');
    const to = path.relative(srcRoot, edge.to).split(path.sep).join('/');
    const a = coreRankOf(from);
    const b = coreRankOf(to);
    if (a && a.rank < 0) out.push({ from, to, rule: `core/${a.folder} is on no floor: list it in floors.json` });
    else if (a && b && a.folder !== b.folder && b.rank > a.rank) {
      out.push({ from, to, rule: `core/${a.folder} (${a.floor}) may not import core/${b.folder} (${b.floor}): arrows point down` });
    }
    const fromPage = pageOf(from);
    const toPage = pageOf(to);
    if (toPage !== null && fromPage !== toPage) {
      const top = from.split('/')[1] ?? '';
      if (fromPage !== null) out.push({ from, to, rule: `page ${fromPage} may not import page ${toPage}: share it through components/, hooks/ or store/` });
      else if (from.startsWith('renderer/') && !floors.renderer.top.includes(top)) {
        out.push({ from, to, rule: `renderer/${top} may not import a page: only the shell does` });
      }
    }
  }
  return out;
}

export interface ArchitectureReport {
  files: number;
  violations: Violation[];
  loops: string[][];
}

export function checkArchitecture(srcRoot: string): ArchitectureReport {
  const files = listSourceFiles(srcRoot);
  const edges = readImportGraph(files);
  const rel = (file: string) => path.relative(srcRoot, file).split(path.sep).join('/');
  return {
    files: files.length,
    violations: floorViolations(edges, srcRoot),
    loops: findImportLoops(edges).map((loop) => loop.map(rel)),
  };
}
