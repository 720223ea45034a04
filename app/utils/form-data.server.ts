/**
 * A posted form's fields. `Request.formData()` throws a TypeError for a body that is not a form
 * (JSON, no Content-Type, a broken multipart boundary), which would answer 500; here such a post
 * is a 415 instead, before any action looks at it. Found by the fuzz test (issue 15).
 */
export async function formDataOf(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch (error) {
    if (error instanceof Response) throw error;
    throw new Response("Unsupported Media Type: post a form", { status: 415 });
  }
}
