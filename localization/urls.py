from django.urls import path

from localization import views

app_name = "translation"

urlpatterns = [
    path("", views.CoverageDashboardView.as_view(), name="dashboard"),
    path("translate/", views.TranslatePagesView.as_view(), name="translate"),
    path("update/", views.UpdateOutdatedView.as_view(), name="update_outdated"),
    path("approval/<int:translation_id>/", views.submit_translation_for_approval, name="submit_for_approval"),
    path("exchange/", views.ExchangeView.as_view(), name="exchange"),
    path("exchange/<str:language_code>.zip", views.export_pending_strings, name="export_pending"),
]
