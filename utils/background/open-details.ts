// msg.openDetails: the popup page in a tab for a number the user clicked (carrier "auto" when ambiguous).
import { defaultCarrier, identifyOrParcel } from '../tracking-numbers';
import { detailsUrl, openTab } from './details-url';

export async function openDetails(input: { number: string; carrier?: string | undefined }): Promise<null> {
  const id = identifyOrParcel(input.number);
  await openTab(detailsUrl(input.carrier ?? defaultCarrier(id, 'only-if-unambiguous'), id.number));
  return null;
}
