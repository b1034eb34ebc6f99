import './zodWithoutEval.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Before the areas' sheets, which refine these shared looks.
import './styles/fields.css';
import './styles/dialogFrame.css';
import './styles/csvTools.css';
import { App } from './app/App.js';
import { startLanguage } from './language/interfaceLanguage.js';
import './styles/base.css';
import './styles/frame.css';
import './styles/table.css';
import './styles/grid.css';
import './styles/dialog.css';
import './styles/timeline.css';

startLanguage();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
