-- `reclint lsp` under a real client: Neovim's built-in LSP client (0.7+), run headless by ctest
-- (tests/CMakeLists.txt). It writes a small repository into a temporary folder, opens a DAG file
-- with an unknown dependency, waits for the diagnostic at its line and column (UTF-16 columns
-- past a non-ASCII character), fixes the buffer with the server's quick fix and waits for the
-- finding to clear, then opens a second file, only in the editor, that changes the findings of
-- both files across files.
--   RECLINT_BINARY=build/reclint nvim --headless --clean -n -i NONE -u NONE -S tests/lsp_neovim.lua
-- Exits 0 when every step passed; else prints the failed step and exits 1. Every wait is bounded.

local kWait = 10000 -- milliseconds per step: a step takes well under a second

local function fail(message)
  error(message, 0)
end

local binary = os.getenv('RECLINT_BINARY')

local root = vim.fn.resolve(vim.fn.tempname())
local function write(path, lines)
  vim.fn.mkdir(vim.fn.fnamemodify(root .. '/' .. path, ':h'), 'p')
  vim.fn.writefile(lines, root .. '/' .. path)
end

local function main()
  vim.lsp.set_log_level('ERROR')
  if not binary or vim.fn.executable(binary) ~= 1 then
    fail('RECLINT_BINARY names no program: ' .. tostring(binary))
  end
  write('.git/HEAD', { 'ref: refs/heads/main' })
  write('catalog.yaml', {
    'kind: Catalog',
    'tables:',
    '  - name: recsys.events',
    '    columns: [user_id, item_id]',
  })
  -- Line 6 (0-based): the unknown dependency "extrct" starts at byte 58, UTF-16 unit 55.
  local feed = {
    '# Feed ranking: extract, then train.',
    'name: feed',
    'jobs:',
    '  - name: extract',
    '    command: python -m feed.extract',
    '    outputs: [recsys.feed_events]',
    '  - {name: train, command: "train \u{e9}\u{1F680}", dependencies: [extrct], inputs: [recsys.feed_scores]}',
  }
  write('dags/feed.yaml', feed)

  local exit_code
  local client = vim.lsp.start_client({
    name = 'reclint',
    cmd = { binary, 'lsp' },
    root_dir = root,
    on_exit = function(code)
      exit_code = code
    end,
  })
  if not client then
    fail('the client did not start')
  end

  local function codes(buffer)
    local found = {}
    for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
      table.insert(found, string.format('%s@%d:%d', diagnostic.code, diagnostic.lnum, diagnostic.col))
    end
    table.sort(found)
    return table.concat(found, ' ')
  end

  -- Waits until every buffer's findings are as expected ("rule@line:byte-column ...", sorted).
  local function expect(step, wanted)
    local ok = vim.wait(kWait, function()
      for buffer, codes_wanted in pairs(wanted) do
        if codes(buffer) ~= codes_wanted then
          return false
        end
      end
      return true
    end, 20)
    if not ok then
      local seen = {}
      for buffer, codes_wanted in pairs(wanted) do
        table.insert(seen, string.format('%s: wanted "%s", saw "%s"', vim.api.nvim_buf_get_name(buffer), codes_wanted,
          codes(buffer)))
      end
      fail(step .. ': ' .. table.concat(seen, '; '))
    end
  end

  local function open(path)
    vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. path))
    local buffer = vim.api.nvim_get_current_buf()
    vim.lsp.buf_attach_client(buffer, client)
    return buffer
  end

  local feed_buffer = open('dags/feed.yaml')
  expect('the unknown dependency', { [feed_buffer] = 'dag/unknown-dependency@6:58 table/unknown@6:76' })
  local unknown = vim.tbl_filter(function(d)
    return d.code == 'dag/unknown-dependency'
  end, vim.diagnostic.get(feed_buffer))[1]
  if unknown.end_col ~= 64 or unknown.source ~= 'reclint' or unknown.severity ~= vim.diagnostic.severity.ERROR then
    fail('the unknown dependency: ' .. vim.inspect(unknown))
  end

  -- Fixed by the server's quick fix, in the buffer only: the disk still has the typo, the open
  -- buffer wins.
  local answers = vim.lsp.buf_request_sync(feed_buffer, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(feed_buffer) },
    range = { start = { line = 6, character = 57 }, ['end'] = { line = 6, character = 57 } }, -- the cursor on the name
    context = { diagnostics = {} },
  }, kWait)
  local actions = answers and answers[client] and answers[client].result
  if not actions or #actions ~= 1 or actions[1].title ~= 'replace with "extract"' then
    fail('the quick fix: ' .. vim.inspect(answers))
  end
  vim.lsp.util.apply_workspace_edit(actions[1].edit, 'utf-16')
  if vim.api.nvim_buf_get_lines(feed_buffer, 6, 7, true)[1] ~= (feed[7]:gsub('extrct', 'extract')) then
    fail('the quick fix: ' .. vim.api.nvim_buf_get_lines(feed_buffer, 6, 7, true)[1])
  end
  expect('the fixed dependency', { [feed_buffer] = 'table/unknown@6:77' })

  -- A file that exists only in the editor: it writes the table feed.yaml reads (feed.yaml's
  -- finding clears) and the table feed.yaml writes (a clash, on the later path: scores.yaml).
  vim.cmd('enew')
  local scores_buffer = vim.api.nvim_get_current_buf()
  vim.api.nvim_buf_set_name(scores_buffer, root .. '/dags/scores.yaml')
  vim.api.nvim_buf_set_lines(scores_buffer, 0, -1, true, {
    'name: scores',
    'jobs:',
    '  - name: score',
    '    command: python -m feed.score',
    '    outputs: [recsys.feed_scores, recsys.feed_events]',
  })
  vim.lsp.buf_attach_client(scores_buffer, client)
  expect('the clash across files', { [feed_buffer] = '', [scores_buffer] = 'table/multiple-producers@4:34' })
  local clash = vim.diagnostic.get(scores_buffer)[1]
  local related = clash.user_data.lsp.relatedInformation
  if not related or #related ~= 1 or related[1].location.uri ~= vim.uri_from_fname(root .. '/dags/feed.yaml')
      or related[1].location.range.start.line ~= 5 then
    fail('the clash across files: related information ' .. vim.inspect(related))
  end

  -- Resolved from the second file: its list empties.
  vim.api.nvim_buf_set_lines(scores_buffer, 4, 5, true, { '    outputs: [recsys.feed_scores]' })
  expect('the clash resolved', { [feed_buffer] = '', [scores_buffer] = '' })

  vim.lsp.stop_client(client)
  if not vim.wait(kWait, function()
    return exit_code ~= nil
  end, 20) then
    fail('the server did not exit after shutdown')
  end
  if exit_code ~= 0 then
    fail('the server exited with ' .. exit_code)
  end
end

local ok, message = xpcall(main, debug.traceback)
vim.fn.delete(root, 'rf')
if not ok then
  io.stderr:write('lsp_neovim: ' .. message .. '\n')
  vim.cmd('cquit 1')
end
vim.cmd('qall!')
