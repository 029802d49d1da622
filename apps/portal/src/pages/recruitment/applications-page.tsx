import { ApplicationPage } from './application-page';
import { PipelineBoardPage } from './pipeline-board-page';

/** `/ansoegninger` is the board; `/ansoegninger/<id>` one application. */
export function ApplicationsPage({ subPath }: { subPath: string }) {
  return subPath ? <ApplicationPage key={subPath} id={subPath} /> : <PipelineBoardPage />;
}
